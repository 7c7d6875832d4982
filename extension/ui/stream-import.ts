// Imports an exported session in chunks: a new stopped session first, then its actions (the worker
// answers with their new ids), its records, and the confirmation with action ids mapped to the new ones.
import type { RecordingSession } from '../../shared/recorded-action.ts';
import { parseSessionExport } from '../../shared/session-export.ts';
import { MAX_CHUNK_CHARS, MAX_CHUNK_ITEMS } from '../../shared/session-paging.ts';
import type { Send } from './send.ts';

export interface ImportProgress {
  actions: number;
  records: number;
  totalActions: number;
  totalRecords: number;
}

/** Splits items into chunks of at most MAX_CHUNK_ITEMS and about MAX_CHUNK_CHARS of JSON each. */
export function chunked<T>(values: readonly T[], maxItems = MAX_CHUNK_ITEMS, maxChars = MAX_CHUNK_CHARS): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const v of values) {
    const size = JSON.stringify(v).length + 1;
    if (current.length > 0 && (current.length >= maxItems || chars + size > maxChars)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(v);
    chars += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Imports the text of an export file; a string is a message naming what is wrong with the file. */
export async function streamImport(send: Send, text: string, fileName: string, onProgress: (p: ImportProgress) => void = () => {}): Promise<RecordingSession | string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return `${fileName}: not JSON`;
  }
  const doc = parseSessionExport(parsed);
  if (typeof doc === 'string') return `${fileName}: ${doc}`;
  const progress: ImportProgress = { actions: 0, records: 0, totalActions: doc.actions.length, totalRecords: doc.records.length };
  const { sessionId } = await send('sessions/import-start', { session: doc.session });
  const idMap = new Map<number, number>();
  for (const chunk of chunked(doc.actions)) {
    const { ids } = await send('sessions/import-actions', { sessionId, actions: chunk });
    chunk.forEach((a, i) => idMap.set(a.id, ids[i]!));
    progress.actions += chunk.length;
    onProgress(progress);
  }
  for (const chunk of chunked(doc.records)) {
    await send('sessions/import-records', { sessionId, records: chunk });
    progress.records += chunk.length;
    onProgress(progress);
  }
  const c = doc.confirmation;
  const confirmation = c
    ? { ...c, outcomes: c.outcomes.flatMap((o) => (idMap.has(o.actionId) ? [{ ...o, actionId: idMap.get(o.actionId)! }] : [])) }
    : null;
  return send('sessions/import-finish', { sessionId, name: doc.session.name, confirmation });
}

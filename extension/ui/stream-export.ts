// Writes a session export piece by piece: the head, then pages of actions and of records, each a
// message well under the 64 MiB cap. The result is the same JSON document `sessions/export` gives
// (shared/session-export.ts), as a list of string parts a Blob is made of.
import { SESSION_FORMAT } from '../../shared/session-export.ts';
import { exportFileName } from '../../shared/session-export.ts';
import { MAX_PAGE_ROWS, type ActionChunk } from '../../shared/session-paging.ts';
import type { Send } from './send.ts';

export interface ExportProgress {
  actions: number;
  records: number;
  totalActions: number;
  totalRecords: number;
}

/** Items of a JSON array page, without its brackets: "a,b,c". */
function items(values: readonly unknown[]): string {
  return JSON.stringify(values).slice(1, -1);
}

export async function streamExport(send: Send, sessionId: number, now: number, onProgress: (p: ExportProgress) => void = () => {}): Promise<{ fileName: string; parts: string[] } | null> {
  const head = await send('sessions/export-head', { sessionId });
  if (!head) return null;
  const progress: ExportProgress = { actions: 0, records: 0, totalActions: head.session.actionCount, totalRecords: head.recordCount };
  const parts: string[] = [`{"format":${JSON.stringify(SESSION_FORMAT)},"exportedAt":${JSON.stringify(new Date(now).toISOString())},"session":${JSON.stringify(head.session)},"actions":[`];
  let first = true;
  let after: [number, number] | null = null;
  do {
    const chunk: ActionChunk = await send('sessions/export-actions', { sessionId, after, limit: MAX_PAGE_ROWS });
    if (chunk.actions.length > 0) {
      parts.push(`${first ? '' : ','}${items(chunk.actions)}`);
      first = false;
    }
    progress.actions += chunk.actions.length;
    onProgress(progress);
    after = chunk.next;
  } while (after !== null);
  parts.push('],"records":[');
  for (let offset = 0; ; offset += MAX_PAGE_ROWS) {
    const chunk = await send('sessions/export-records', { sessionId, offset, limit: MAX_PAGE_ROWS });
    if (!chunk) return null;
    if (chunk.records.length > 0) parts.push(`${offset === 0 ? '' : ','}${items(chunk.records)}`);
    progress.records += chunk.records.length;
    onProgress(progress);
    if (offset + MAX_PAGE_ROWS >= chunk.total) break;
  }
  parts.push(`],"confirmation":${JSON.stringify(head.confirmation)}}\n`);
  return { fileName: exportFileName(head.session), parts };
}

// Generate for a session of any size: reads the rows with their records a page at a time, leaves out
// the unticked ones (and unverified ones the user did not tick), and runs the translator in a worker
// (in the page only if a worker cannot start).
import { MAX_PAGE_ROWS } from '../../shared/session-paging.ts';
import { includedByDefault, type SessionRow } from '../../shared/session-view.ts';
import type { RowChoices } from '../platform/row-choices.ts';
import type { GenerateInput, Generated } from '../popup/generate/types.ts';
import { zipFiles } from '../popup/generate/zip-files.ts';
import type { Send } from '../ui/send.ts';
import type { WorkerAnswer } from './worker-protocol.ts';

function rowLabel(row: Pick<SessionRow, 'service' | 'operation' | 'resourceName'>): string {
  return `${row.service} ${row.operation}${row.resourceName ? ` (${row.resourceName})` : ''}`;
}

export type GenerateProgress = { phase: 'reading'; rows: number; total: number } | { phase: 'translating'; records: number };

export async function readAllRows(send: Send, sessionId: number, onProgress: (p: GenerateProgress) => void): Promise<SessionRow[] | null> {
  const rows: SessionRow[] = [];
  for (let offset = 0; ; offset += MAX_PAGE_ROWS) {
    const page = await send('sessions/record-page', { sessionId, offset, limit: MAX_PAGE_ROWS });
    if (!page) return null;
    rows.push(...page.rows);
    onProgress({ phase: 'reading', rows: rows.length, total: page.total });
    if (offset + MAX_PAGE_ROWS >= page.total) return rows;
  }
}

/** The rows Generate takes: each row's own choice where the user made one, its default otherwise. */
export function generateInput(sessionName: string, rows: readonly SessionRow[], choices: RowChoices): GenerateInput {
  return {
    sessionName,
    rows: rows.flatMap((r) => (r.record && (choices.get(r.key) ?? includedByDefault(r)) ? [{ key: r.key, status: r.status, label: rowLabel(r), note: r.note, record: r.record }] : [])),
    untranslatable: rows.filter((r) => r.record === null).map((r) => ({ label: rowLabel(r), note: r.note })),
  };
}

class WorkerStartError extends Error {}

function inWorker(input: GenerateInput): Promise<Omit<Generated, 'zip'>> {
  return new Promise((resolve, reject) => {
    if (typeof Worker === 'undefined') throw new WorkerStartError('no Worker here');
    const worker = new Worker(new URL('./generate-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new WorkerStartError(e.message));
    };
    worker.postMessage(input);
  });
}


export async function translateInput(input: GenerateInput): Promise<Generated> {
  try {
    const result = await inWorker(input);
    return { ...result, zip: () => zipFiles(result.readme, result.files) };
  } catch (error) {
    if (!(error instanceof WorkerStartError)) throw error;
    const m = await import('../popup/generate/generate-terraform.ts');
    return m.generateTerraform(input);
  }
}

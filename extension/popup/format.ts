// Small display helpers for the popup.
import type { StorageProblem } from '../../shared/recorded-action.ts';
import type { RowStatus } from '../../shared/session-view.ts';

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export const STATUS_LABEL: Record<RowStatus, string> = {
  confirmed: 'confirmed',
  'captured-only': 'captured only',
  'cloudtrail-only': 'CloudTrail only',
  unsupported: 'unsupported',
};

export function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

const STORAGE_PROBLEM_LINE: Record<StorageProblem['kind'], string> = {
  quota: 'Browser storage is full, so new calls are not being saved',
  blocked: 'Another Trailform page holds an older database open; close it so calls can be saved',
  'open-failed': 'Trailform cannot open its database, so calls are not being saved',
  'write-failed': 'Trailform could not save the last calls',
  'tables-failed': 'Trailform cannot load its capture tables from the extension package (reinstalling it may help), so calls are not being saved',
};

/** The popup's line for a problem saving calls that the background reported (db-connection.ts). */
export function storageProblemText(problem: StorageProblem): string {
  return `${STORAGE_PROBLEM_LINE[problem.kind]} (${problem.message}). Retrying.`;
}

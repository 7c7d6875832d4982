// Small display helpers for the popup.
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

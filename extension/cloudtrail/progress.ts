// The popup's one-line progress text, e.g. "4 of 6 confirmed, next check in 30 s".
import type { SessionConfirmation } from '../../shared/cloudtrail-confirmation.ts';

function duration(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return s % 60 === 0 ? `${m} min` : `${m} min ${s % 60} s`;
}

export function progressText(c: SessionConfirmation | null, now: number): string {
  if (!c) return 'Not checked against CloudTrail yet';
  const counts = `${c.confirmedCount} of ${c.matchableCount} confirmed`;
  const extra = c.cloudTrailOnly.length > 0 ? `, ${c.cloudTrailOnly.length} found only in CloudTrail` : '';
  switch (c.phase) {
    case 'waiting':
      if (c.checkStartedAt !== null && (c.lastCheckAt === null || c.checkStartedAt > c.lastCheckAt) && now - c.checkStartedAt < 60_000) return `${counts}${extra}, checking now`;
      return `${counts}${extra}, ${c.nextCheckAt === null || c.nextCheckAt <= now ? 'checking now' : `next check in ${duration(c.nextCheckAt - now)}`}`;
    case 'complete':
      return `${counts}${extra}: all confirmed`;
    case 'timed-out':
      return `${counts}${extra}; stopped waiting for CloudTrail`;
    case 'needs-credentials':
      return `${counts}${extra}; add CloudTrail credentials in the options (or drop a CloudTrail file) to confirm`;
    case 'error':
      return `${counts}${extra}; ${c.lastError?.message ?? 'CloudTrail check failed'}`;
    default:
      return c.matchableCount > 0 || c.source ? `${counts}${extra}` : 'Not checked against CloudTrail yet';
  }
}

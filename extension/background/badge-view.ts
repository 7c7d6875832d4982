import type { RecordingStatus } from '../../shared/recorded-action.ts';

export interface BadgeView { text: string; color: string; title: string }

const STORAGE_PROBLEM_TEXT: Record<NonNullable<RecordingStatus['storageProblem']>['kind'], string> = {
  'open-failed': 'cannot open its database',
  blocked: 'database blocked by another Trailform page',
  quota: 'out of storage space (quota exceeded)',
  'write-failed': 'cannot save to its database',
  'tables-failed': 'cannot load its capture tables from the extension package',
};

/** Recording: the session's action count on red. Stopped: no text. Storage failing: "!" on orange. */
export function badgeFor(status: RecordingStatus): BadgeView {
  const problem = status.storageProblem;
  if (problem) {
    return { text: '!', color: '#e37400', title: `Trailform: ${STORAGE_PROBLEM_TEXT[problem.kind]} (${problem.message}); retrying` };
  }
  if (!status.recording || !status.session) return { text: '', color: '#5f6368', title: 'Trailform: not recording' };
  const count = status.session.actionCount;
  return {
    text: count > 9999 ? '9k+' : String(count),
    color: '#c5221f',
    title: `Trailform: recording "${status.session.name}", ${count} action${count === 1 ? '' : 's'}`,
  };
}

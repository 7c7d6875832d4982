import type { RecordingStatus } from '../../shared/recorded-action.ts';

export interface BadgeView { text: string; color: string; title: string }

/** Recording: the session's action count on red. Stopped: no text. */
export function badgeFor(status: RecordingStatus): BadgeView {
  if (!status.recording || !status.session) return { text: '', color: '#5f6368', title: 'Trailform: not recording' };
  const count = status.session.actionCount;
  return {
    text: count > 9999 ? '9k+' : String(count),
    color: '#c5221f',
    title: `Trailform: recording "${status.session.name}", ${count} action${count === 1 ? '' : 's'}`,
  };
}

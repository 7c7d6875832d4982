import type { RecordingSession } from '../../../shared/recorded-action.ts';
import type { StatusCounts } from '../../../shared/session-view.ts';
import { formatDuration, STATUS_LABEL } from '../format.ts';

export interface CurrentSessionProps {
  recording: boolean;
  session: RecordingSession | null;
  counts: StatusCounts | null;
  /** CloudTrail progress, e.g. "4 of 6 confirmed, next check in 30 s"; null while recording. */
  confirmation: { phase: string | null; progress: string } | null;
  checking: boolean;
  now: number;
  busy: boolean;
  onStart(): void;
  onStop(): void;
  onNewSession(): void;
  onCheckNow(): void;
  onOpenSettings(): void;
}

export function CurrentSession(p: CurrentSessionProps) {
  const s = p.session;
  const duration = s ? formatDuration((s.stoppedAt ?? p.now) - s.startedAt) : null;
  const counts = p.counts
    ? (Object.keys(p.counts) as (keyof StatusCounts)[]).filter((k) => p.counts![k] > 0).map((k) => `${p.counts![k]} ${STATUS_LABEL[k]}`)
    : [];
  return (
    <section class="current" aria-label="Current session">
      <div class="state" role="status" aria-live="polite">
        <span class={p.recording ? 'dot rec' : 'dot'} aria-hidden="true" />
        {p.recording && s ? <strong>Recording</strong> : <strong>{s ? 'Stopped' : 'Not recording'}</strong>}
        {s && <span class="name" title={s.name}>{s.name}</span>}
        {duration && <span class="muted" aria-label={`duration ${duration}`}>{duration}</span>}
      </div>
      {s && (
        <p class="counts muted" data-testid="counts">
          {s.actionCount} action{s.actionCount === 1 ? '' : 's'}
          {counts.length > 0 && ` · ${counts.join(' · ')}`}
        </p>
      )}
      {p.confirmation && <p class="muted cloudtrail" data-testid="cloudtrail-progress">CloudTrail: {p.confirmation.progress}</p>}
      <div class="buttons">
        {p.recording
          ? <button type="button" id="stop" onClick={p.onStop} disabled={p.busy}>Stop</button>
          : <button type="button" id="start" class="primary" onClick={p.onStart} disabled={p.busy}>Start recording</button>}
        <button type="button" id="new-session" onClick={p.onNewSession} disabled={p.busy}>New session</button>
        {p.confirmation && p.confirmation.phase !== 'complete' && (
          <button type="button" id="check-now" onClick={p.onCheckNow} disabled={p.checking}>{p.checking ? 'Checking…' : 'Check CloudTrail now'}</button>
        )}
        {p.confirmation && (p.confirmation.phase === 'needs-credentials' || p.confirmation.phase === 'error') && (
          <button type="button" id="cloudtrail-settings" onClick={p.onOpenSettings}>CloudTrail settings</button>
        )}
      </div>
    </section>
  );
}

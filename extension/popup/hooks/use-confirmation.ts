import { useEffect, useState } from 'preact/hooks';
import type { ConfirmationView } from '../../../shared/cloudtrail-messages.ts';
import { sendCloudTrailMessage } from '../../platform/cloudtrail-messages.ts';
import { openOptionsPage } from '../../platform/options-page.ts';
import { useLoaded } from '../../ui/use-loaded.ts';

export interface Confirmation {
  view: ConfirmationView | undefined;
  checking: boolean;
  checkNow(): void;
  openSettings(): void;
}

/** While CloudTrail is being waited for, the progress line ("next check in 30 s") is redrawn this often. */
const WAITING_REFRESH_MS = 2000;

/**
 * The shown session's CloudTrail progress line; "check now" and the way to the settings. Read again
 * when the worker reports a change of the session (`tick`), and on a timer only while waiting.
 */
export function useConfirmation(sessionId: number | null, tick: number): Confirmation {
  const [clock, setClock] = useState(0);
  const loaded = useLoaded(
    () => (sessionId === null ? Promise.resolve(undefined) : sendCloudTrailMessage('cloudtrail/get-confirmation', { sessionId })),
    sessionId, tick * 1_000 + clock,
  );
  const waiting = loaded.value?.confirmation?.phase === 'waiting';
  useEffect(() => {
    if (!waiting) return undefined;
    const t = setInterval(() => setClock((c) => c + 1), WAITING_REFRESH_MS);
    return () => clearInterval(t);
  }, [waiting]);
  const [checking, setChecking] = useState(false);
  return {
    view: loaded.value,
    checking,
    checkNow() {
      if (sessionId === null) return;
      setChecking(true);
      sendCloudTrailMessage('cloudtrail/check-now', { sessionId }).catch(() => {}).finally(() => {
        setChecking(false);
        loaded.reload();
      });
    },
    openSettings: () => void openOptionsPage().catch(() => {}),
  };
}

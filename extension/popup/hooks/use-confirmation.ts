import { useState } from 'preact/hooks';
import type { ConfirmationView } from '../../../shared/cloudtrail-messages.ts';
import { sendCloudTrailMessage } from '../../platform/cloudtrail-messages.ts';
import { openOptionsPage } from '../../platform/options-page.ts';
import { usePolled } from './use-polled.ts';

export interface Confirmation {
  view: ConfirmationView | undefined;
  checking: boolean;
  checkNow(): void;
  openSettings(): void;
}

/** The shown session's CloudTrail progress line; "check now" and the way to the settings. */
export function useConfirmation(sessionId: number | null): Confirmation {
  const polled = usePolled(
    () => (sessionId === null ? Promise.resolve(undefined) : sendCloudTrailMessage('cloudtrail/get-confirmation', { sessionId })),
    sessionId, 2000,
  );
  const [checking, setChecking] = useState(false);
  return {
    view: polled.value,
    checking,
    checkNow() {
      if (sessionId === null) return;
      setChecking(true);
      sendCloudTrailMessage('cloudtrail/check-now', { sessionId }).catch(() => {}).finally(() => {
        setChecking(false);
        polled.reload();
      });
    },
    openSettings: () => void openOptionsPage().catch(() => {}),
  };
}

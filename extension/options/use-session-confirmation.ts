// For the popup (and any page): a session's CloudTrail confirmation and its progress line, e.g.
// "4 of 6 confirmed, next check in 30 s", refreshed every second; plus "check now" and file import.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ConfirmationView, ImportFileResult } from '../../shared/cloudtrail-messages.ts';
import { sendCloudTrailMessage } from '../platform/cloudtrail-messages.ts';

export function useSessionConfirmation(sessionId: number | null, refreshMs = 1_000) {
  const [view, setView] = useState<ConfirmationView | null>(null);
  const refresh = useCallback(async () => {
    if (sessionId !== null) setView(await sendCloudTrailMessage('cloudtrail/get-confirmation', { sessionId }));
  }, [sessionId]);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), refreshMs);
    return () => clearInterval(timer);
  }, [refresh, refreshMs]);
  return {
    view,
    checkNow: async () => {
      if (sessionId !== null) setView(await sendCloudTrailMessage('cloudtrail/check-now', { sessionId }));
    },
    importFile: async (fileName: string, text: string): Promise<ImportFileResult | null> => {
      if (sessionId === null) return null;
      const r = await sendCloudTrailMessage('cloudtrail/import-file', { sessionId, fileName, text });
      if (r.ok) setView(r.view);
      return r;
    },
  };
}

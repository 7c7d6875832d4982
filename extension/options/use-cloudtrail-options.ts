// The options page's data: saved credentials, the connection test, sessions, settings, file imports.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RecordingSession } from '../../shared/recorded-action.ts';
import type { ImportFileResult, TestConnectionResult } from '../../shared/cloudtrail-messages.ts';
import type { AwsCredentials } from '../cloudtrail/credentials.ts';
import type { CloudTrailSettings } from '../cloudtrail/settings.ts';
import { sendCloudTrailMessage } from '../platform/cloudtrail-messages.ts';
import { forgetCredentials, readCloudTrailSettings, readCredentials, saveCloudTrailSettings, saveCredentials } from '../platform/cloudtrail-storage.ts';
import { sendMessage } from '../platform/runtime-messages.ts';

export function useCloudTrailOptions() {
  const [saved, setSaved] = useState<{ accessKeyId: string; remembered: boolean } | null>(null);
  const [test, setTest] = useState<TestConnectionResult | null>(null);
  const [testing, setTesting] = useState(false);
  const [sessions, setSessions] = useState<RecordingSession[]>([]);
  const [settings, setSettings] = useState<CloudTrailSettings | null>(null);
  const [imported, setImported] = useState<ImportFileResult | null>(null);

  const reload = useCallback(async () => {
    const c = await readCredentials();
    setSaved(c ? { accessKeyId: c.credentials.accessKeyId, remembered: c.remembered } : null);
    setSettings(await readCloudTrailSettings());
    setSessions(await sendMessage('sessions/list', {}));
  }, []);
  useEffect(() => void reload(), [reload]);

  return {
    saved, test, testing, sessions, settings, imported,
    save: async (credentials: AwsCredentials, remember: boolean) => { await saveCredentials(credentials, remember); await reload(); },
    forget: async () => { await forgetCredentials(); await reload(); },
    runTest: async (credentials: AwsCredentials | null, region: string) => {
      setTesting(true);
      try {
        setTest(await sendCloudTrailMessage('cloudtrail/test-connection', { region, credentials }));
      } finally {
        setTesting(false);
      }
    },
    saveTimeout: async (minutes: number) => { await saveCloudTrailSettings({ timeoutMs: Math.round(minutes * 60_000) }); await reload(); },
    importFile: async (sessionId: number, fileName: string, text: string) => {
      setImported(await sendCloudTrailMessage('cloudtrail/import-file', { sessionId, fileName, text }));
    },
  };
}

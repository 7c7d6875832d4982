// Answers the CloudTrail feature's messages (shared/cloudtrail-messages.ts). Only the extension's own
// pages may send them: they carry credentials and session data.
import { parseCloudTrailMessage, type CloudTrailMessage, type CloudTrailMessageType, type CloudTrailProtocolMap, type ConfirmationView, type CredentialsInput } from '../../shared/cloudtrail-messages.ts';
import { getConfirmation, sessionEvents } from '../cloudtrail/confirmation-repo.ts';
import { validateCredentials, type AwsCredentials } from '../cloudtrail/credentials.ts';
import { progressText } from '../cloudtrail/progress.ts';
import { sessionRecords } from '../cloudtrail/session-records.ts';
import type { CloudTrailSync } from '../cloudtrail/sync-session.ts';
import { testConnection } from '../cloudtrail/test-connection.ts';
import type { CloudTrailLookup } from '../cloudtrail/types.ts';
import { listActions } from '../db/actions-repo.ts';
import type { TrailformDb } from '../db/schema.ts';
import type { MessageSender } from './message-router.ts';

export interface CloudTrailRouterDeps {
  sync: CloudTrailSync;
  db: () => Promise<TrailformDb>;
  now: () => number;
  storedCredentials: () => Promise<AwsCredentials | null>;
  /** A single-attempt client for the connection test. */
  testLookup: (credentials: AwsCredentials) => Promise<CloudTrailLookup>;
}

type Handler<K extends CloudTrailMessageType> = (msg: CloudTrailMessage<K>) => Promise<CloudTrailProtocolMap[K]['response']>;

export function createCloudTrailRouter(deps: CloudTrailRouterDeps) {
  async function view(sessionId: number): Promise<ConfirmationView> {
    const confirmation = await getConfirmation(await deps.db(), sessionId);
    return { confirmation, progress: progressText(confirmation, deps.now()) };
  }
  async function credentialsFor(input: CredentialsInput | null): Promise<{ ok: true; credentials: AwsCredentials } | { ok: false; error: string }> {
    if (input) return validateCredentials(input);
    const stored = await deps.storedCredentials();
    return stored ? { ok: true, credentials: stored } : { ok: false, error: 'No CloudTrail credentials are saved yet.' };
  }

  const handlers: { [K in CloudTrailMessageType]: Handler<K> } = {
    'cloudtrail/get-confirmation': async (msg) => view(msg.payload.sessionId),
    'cloudtrail/check-now': async (msg) => {
      const { sessionId } = msg.payload;
      const current = await getConfirmation(await deps.db(), sessionId);
      if (!current || current.phase !== 'waiting') await deps.sync.beginWaiting(sessionId, { immediately: true });
      await deps.sync.runCheck(sessionId);
      return view(sessionId);
    },
    'cloudtrail/test-connection': async (msg) => {
      const { region } = msg.payload;
      const creds = await credentialsFor(msg.payload.credentials);
      if (!creds.ok) return { ok: false, region, kind: 'invalid-credentials', message: creds.error, detail: '' };
      return testConnection(await deps.testLookup(creds.credentials), region, deps.now());
    },
    'cloudtrail/import-file': async (msg) => {
      const r = await deps.sync.importFile(msg.payload.sessionId, msg.payload.text, msg.payload.fileName);
      return r.ok ? { ok: true, imported: r.imported, view: await view(msg.payload.sessionId) } : r;
    },
    'cloudtrail/session-records': async (msg) => {
      const db = await deps.db();
      const { sessionId } = msg.payload;
      return sessionRecords(await listActions(db, sessionId), await getConfirmation(db, sessionId), await sessionEvents(db, sessionId));
    },
  };

  /** Undefined for messages that are not this feature's, so the capture router answers those. */
  return function route(raw: unknown, sender: MessageSender): Promise<unknown> | undefined {
    const msg = parseCloudTrailMessage(raw);
    if (!msg) return undefined;
    if (!sender.fromExtensionPage) return Promise.reject(new Error('Trailform: not allowed from a content script'));
    const handler = handlers[msg.type] as Handler<typeof msg.type>;
    return handler(msg);
  };
}

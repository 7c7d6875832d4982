// The background's CloudTrail message handling: validation at the boundary, extension pages only.
import { beforeEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { resetIndexedDb } from '../support/fresh-db.ts';
import { openTrailformDb } from '../../../extension/db/open-db.ts';
import type { TrailformDb } from '../../../extension/db/schema.ts';
import { createSession } from '../../../extension/db/sessions-repo.ts';
import { createCloudTrailRouter } from '../../../extension/background/cloudtrail-router.ts';
import { createCloudTrailSync } from '../../../extension/cloudtrail/sync-session.ts';
import { DEFAULT_CLOUDTRAIL_SETTINGS } from '../../../extension/cloudtrail/settings.ts';
import type { CloudTrailLookup } from '../../../extension/cloudtrail/types.ts';
import { parseCloudTrailMessage } from '../../../shared/cloudtrail-messages.ts';
import type { RecordedAction } from '../../../shared/recorded-action.ts';
import { consoleRecord } from '../../fake-cloudtrail/records.ts';
import { T0, action } from './support.ts';
import { defaultSensitiveIndex } from '../../../extension/capture/redact/default-sensitive-index.ts';

const page = { tabId: null, url: 'chrome-extension://id/extension/options/options.html', fromExtensionPage: true };
const contentScript = { tabId: 3, url: 'https://us-east-1.console.aws.amazon.com/', fromExtensionPage: false };

let db: TrailformDb;
beforeEach(async () => {
  resetIndexedDb();
  db = await openTrailformDb();
});

function router(lookup: CloudTrailLookup) {
  const deps = {
    db: async () => db, now: () => T0 + 120_000,
    settings: async () => DEFAULT_CLOUDTRAIL_SETTINGS,
    lookup: async () => lookup,
    scheduler: { schedule: async () => {}, cancel: async () => {} },
    sensitive: async () => defaultSensitiveIndex(),
  };
  return createCloudTrailRouter({
    sync: createCloudTrailSync(deps), db: deps.db, now: deps.now,
    storedCredentials: async () => null,
    testLookup: async () => lookup,
  });
}

describe('CloudTrail router', () => {
  it('rejects malformed messages and content scripts; leaves other protocols alone', async () => {
    const route = router({ lookupPage: async () => ({ events: [], nextToken: null }) });
    expect(route({ type: 'recording/start', payload: {} }, page)).toBeUndefined();
    expect(parseCloudTrailMessage({ type: 'cloudtrail/get-confirmation', payload: { sessionId: -1 } })).toBeNull();
    expect(parseCloudTrailMessage({ type: 'cloudtrail/test-connection', payload: { region: 'mars', credentials: null } })).toBeNull();
    await expect(route({ type: 'cloudtrail/get-confirmation', payload: { sessionId: 1 } }, contentScript)).rejects.toThrow(/not allowed/);
  });

  it('check-now confirms, get-confirmation reports progress, session-records hands the translator CloudTrail records', async () => {
    const session = await createSession(db, 's', T0);
    const a = action({ sessionId: session.id, at: T0 + 1_000, eventSource: 'ec2.amazonaws.com', operation: 'CreateVpc' });
    const { id: _id, ...rest } = a;
    await db.add('actions', rest as RecordedAction);
    const record = consoleRecord({ time: T0 + 1_200, eventSource: 'ec2.amazonaws.com', eventName: 'CreateVpc' });
    const route = router({ lookupPage: async (q) => ({ events: q.region === 'us-east-1' ? [{ eventId: record.eventID, region: 'us-east-1', lookupUsername: 'alice', record }] : [], nextToken: null }) });
    const checked = await route({ type: 'cloudtrail/check-now', payload: { sessionId: session.id } }, page);
    expect(checked).toMatchObject({ confirmation: { phase: 'complete', confirmedCount: 1 }, progress: '1 of 1 confirmed: all confirmed' });
    const records = await route({ type: 'cloudtrail/session-records', payload: { sessionId: session.id } }, page);
    expect(records).toMatchObject({ records: [{ eventID: record.eventID }], origins: [{ kind: 'confirmed', eventId: record.eventID }] });
  });

  it('test-connection without saved credentials says so; with typed ones it makes one call and explains failures', async () => {
    const route = router({ lookupPage: async () => { throw Object.assign(new Error('The security token included in the request is expired'), { name: 'ExpiredTokenException' }); } });
    expect(await route({ type: 'cloudtrail/test-connection', payload: { region: 'us-east-1', credentials: null } }, page))
      .toMatchObject({ ok: false, message: 'No CloudTrail credentials are saved yet.' });
    expect(await route({ type: 'cloudtrail/test-connection', payload: { region: 'us-east-1', credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: null } } }, page))
      .toMatchObject({ ok: false, kind: 'expired-token' });
  });
});

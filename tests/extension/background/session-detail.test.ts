// An unclassified call whose operation is known is matched to CloudTrail and shown once, as confirmed.
import { sessionDetail } from '../../../extension/background/session-detail.ts';
import { startRecording } from '../../../extension/background/recording-control.ts';
import { captureRequest } from '../../../extension/capture/capture-service.ts';
import { emptyConfirmation, putConfirmation, storeEvents } from '../../../extension/cloudtrail/confirmation-repo.ts';
import { matchSession } from '../../../extension/cloudtrail/matcher.ts';
import { getSession } from '../../../extension/db/sessions-repo.ts';
import { listActions } from '../../../extension/db/actions-repo.ts';
import { captured, harness } from '../support/fresh-db.ts';
import { trailEvent } from '../cloudtrail/support.ts';
import { bundledTables } from '../../../extension/capture/bundled-tables.ts';

test('an unclassified SSO envelope call confirmed by CloudTrail is one confirmed row, not unsupported plus CloudTrail-only', async () => {
  const h = harness();
  const sessionId = (await startRecording(h.recording, 'sso')).session!.id;
  const at = 1_790_000_000_000;
  const result = await captureRequest(h.capture, captured({
    url: 'https://us-east-1.console.aws.amazon.com/singlesignon/api/peregrine', startedAt: at, endedAt: at + 50,
    headers: [['content-type', 'application/json']],
    body: { encoding: 'text', truncated: false, data: JSON.stringify({
      operation: 'CreatePermissionSet', method: 'POST', path: '/', region: 'us-east-1',
      headers: { 'X-Amz-Target': 'com.amazon.switchboard.service.SWBService.CreatePermissionSet' }, contentString: '{"Name":"admins"}',
    }) },
  }), { source: 'hook', tabId: 1 });
  expect(result).toMatchObject({ stored: true, classification: { kind: 'unclassified', operation: 'CreatePermissionSet' } });
  const db = await h.db();
  const actions = await listActions(db, sessionId);
  const event = trailEvent({ time: at + 400, eventSource: 'sso.amazonaws.com', eventName: 'CreatePermissionSet', region: 'us-east-1', requestParameters: { name: 'admins' } });
  await storeEvents(db, sessionId, [event], 'lookup', at + 1000, bundledTables().sensitive);
  const match = matchSession({ actions, events: [event], identity: null, window: { startedAt: at - 1000, stoppedAt: at + 5000 } });
  await putConfirmation(db, { ...emptyConfirmation(sessionId), ...match, phase: 'complete' });
  const detail = await sessionDetail(db, (await getSession(db, sessionId))!);
  expect(detail.rows.map((r) => [r.status, r.operation])).toEqual([['confirmed', 'CreatePermissionSet']]);
});

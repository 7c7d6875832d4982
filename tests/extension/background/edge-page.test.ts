// The popup's first or last page, read straight from IndexedDB, is exactly the page the worker builds
// from the whole session: same rows, same order (ties in time, CloudTrail-only events between
// actions), same total.
import { readEdgePage } from '../../../extension/background/edge-page.ts';
import { sessionDetail } from '../../../extension/background/session-detail.ts';
import { startRecording } from '../../../extension/background/recording-control.ts';
import { bundledTables } from '../../../extension/capture/bundled-tables.ts';
import { captureRequest } from '../../../extension/capture/capture-service.ts';
import { emptyConfirmation, putConfirmation, storeEvents } from '../../../extension/cloudtrail/confirmation-repo.ts';
import { listActions } from '../../../extension/db/actions-repo.ts';
import { createSession, getSession } from '../../../extension/db/sessions-repo.ts';
import type { ActionOutcome } from '../../../shared/cloudtrail-confirmation.ts';
import type { RecordedAction } from '../../../shared/recorded-action.ts';
import { toRowView } from '../../../shared/session-paging.ts';
import { trailEvent } from '../cloudtrail/support.ts';
import { captured, harness, type Harness } from '../support/fresh-db.ts';

const T0 = 1_790_000_000_000;

/** A session of `actions` actions (several at the same moment), CloudTrail events confirming some, and CloudTrail-only events between them. */
async function session(h: Harness, actions: number, trailOnly: number): Promise<number> {
  const db = await h.db();
  const sessionId = (await startRecording(h.recording, 'edge')).session!.id;
  await captureRequest(h.capture, captured(), { source: 'webRequest', tabId: 1 });
  const [template] = await listActions(db, sessionId);
  await db.clear('actions');
  // Another session's actions share the index and must not leak in.
  const otherId = (await createSession(db, 'other', T0)).id;
  const ids: number[] = [];
  for (let i = 0; i < actions; i++) {
    const { id: _drop, ...rest } = template!;
    const at = T0 + Math.floor(i / 3) * 1000; // three actions per moment: ordered by id
    const mine: Omit<RecordedAction, 'id'> = { ...rest, sessionId, capturedAt: at, params: { CidrBlock: `10.${i}.0.0/16` } };
    const other: Omit<RecordedAction, 'id'> = { ...rest, sessionId: otherId, capturedAt: at };
    // keyPath + autoIncrement assigns the id; idb's types want the full value.
    ids.push(await db.add('actions', mine as RecordedAction));
    if (i % 4 === 0) await db.add('actions', other as RecordedAction);
  }
  // What every write path does in the same transaction as its inserts.
  const stored = (await getSession(db, sessionId))!;
  await db.put('sessions', { ...stored, actionCount: ids.length });
  const confirmedEvents = ids.filter((_, i) => i % 5 === 0).map((id, k) => ({ id, event: trailEvent({ time: T0 + k * 5000 + 7, eventSource: 'ec2.amazonaws.com', eventName: 'CreateVpc', region: 'us-east-1', requestParameters: { cidrBlock: `confirmed-${k}` } }) }));
  // CloudTrail-only events: some at an action's exact moment (after its actions: 'e:' sorts after 'a:'), some between.
  const onlyEvents = Array.from({ length: trailOnly }, (_, k) => trailEvent({ time: T0 + k * 2500 + (k % 2 === 0 ? 0 : 400), eventSource: 'ec2.amazonaws.com', eventName: 'CreateSubnet', region: 'us-east-1', requestParameters: { cidrBlock: `only-${k}` } }));
  // An event stored for another session only: listed by id, but not this session's.
  const foreign = trailEvent({ time: T0 + 1, eventSource: 'ec2.amazonaws.com', eventName: 'CreateSubnet', region: 'us-east-1', requestParameters: { cidrBlock: 'foreign' } });
  await storeEvents(db, sessionId, [...confirmedEvents.map((c) => c.event), ...onlyEvents], 'lookup', T0, bundledTables().sensitive);
  await storeEvents(db, otherId, [foreign], 'lookup', T0, bundledTables().sensitive);
  const outcomes: ActionOutcome[] = [
    ...confirmedEvents.map(({ id, event }) => ({ actionId: id, outcome: 'confirmed' as const, eventId: event.eventId, deltaMs: 7 })),
    ...ids.filter((_, i) => i % 5 === 1).map((id) => ({ actionId: id, outcome: 'captured-only' as const, reason: 'no CloudTrail event matched' })),
  ];
  await putConfirmation(db, { ...emptyConfirmation(sessionId), outcomes, cloudTrailOnly: [...onlyEvents.map((e) => e.eventId), foreign.eventId, 'missing-event'], phase: 'complete' });
  return sessionId;
}

async function fullList(h: Harness, sessionId: number) {
  const db = await h.db();
  return (await sessionDetail(db, (await getSession(db, sessionId))!)).rows.map(toRowView);
}

describe('edge pages', () => {
  test.each([
    [250, 40, 100],
    [250, 40, 7],
    [99, 3, 100],
    [100, 0, 100],
    [5, 9, 100],
  ])('%i actions, %i CloudTrail-only events, pages of %i: the first and last page equal the worker\'s', async (actions, trailOnly, pageRows) => {
    const h = harness();
    const id = await session(h, actions, trailOnly);
    const all = await fullList(h, id);
    expect(all.length).toBe(actions + trailOnly);
    expect(all.some((r) => r.status === 'confirmed')).toBe(true);
    expect(all.filter((r) => r.status === 'cloudtrail-only')).toHaveLength(trailOnly);
    const db = await h.db();
    const first = await readEdgePage(db, id, 'first', pageRows);
    expect(first!.page).toEqual({ sessionId: id, offset: 0, total: all.length, rows: all.slice(0, pageRows) });
    const last = await readEdgePage(db, id, 'last', pageRows);
    const lastOffset = Math.floor((all.length - 1) / pageRows) * pageRows;
    expect(last!.page).toEqual({ sessionId: id, offset: lastOffset, total: all.length, rows: all.slice(lastOffset) });
    expect(first!.session.id).toBe(id);
  });

  test('an empty session has an empty first and last page; an unknown one has none', async () => {
    const h = harness();
    const id = (await startRecording(h.recording, 'empty')).session!.id;
    const db = await h.db();
    expect((await readEdgePage(db, id, 'first', 100))!.page).toEqual({ sessionId: id, offset: 0, total: 0, rows: [] });
    expect((await readEdgePage(db, id, 'last', 100))!.page).toEqual({ sessionId: id, offset: 0, total: 0, rows: [] });
    expect(await readEdgePage(db, id + 1, 'first', 100)).toBeNull();
  });
});

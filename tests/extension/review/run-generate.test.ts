// Generate in the review tab, over the background router and fake-indexeddb: rows read in pages,
// unticked rows left out, untranslatable ones reported, and the translator's files.
import { createMessageRouter, type MessageSender } from '../../../extension/background/message-router.ts';
import { generateInput, readAllRows, translateInput, type GenerateProgress } from '../../../extension/review/run-generate.ts';
import type { Send } from '../../../extension/ui/send.ts';
import type { RecordingStatus } from '../../../shared/recorded-action.ts';
import { captureRequests } from '../../../extension/capture/capture-service.ts';
import { captured, harness } from '../support/fresh-db.ts';

const popup: MessageSender = { tabId: null, url: 'chrome-extension://x/extension/review/review.html', fromExtensionPage: true };
const consolePage: MessageSender = { tabId: 7, url: 'https://us-east-1.console.aws.amazon.com/vpc/home', fromExtensionPage: false };

test('reads every row in pages, leaves out the unticked, and translates the rest', async () => {
  const h = harness();
  const route = createMessageRouter({ capture: h.capture, recording: h.recording, onChange: () => {} });
  const raw = (type: string, payload: object, sender = popup) => route({ type, payload }, sender)!;
  const send = ((type: string, payload: object) => raw(type, payload)) as Send;
  const started = await raw('recording/start', { name: 'roles' }) as RecordingStatus;
  const t = h.clock.now;
  // Seen on the network (webRequest), so verified and included by default.
  const calls = Array.from({ length: 620 }, (_, i) => captured({
    api: 'webRequest', url: 'https://iam.amazonaws.com/', startedAt: t + 1000 + i, endedAt: t + 1050 + i, responseBody: null,
    body: { encoding: 'text', data: `Action=CreateRole&Version=2010-05-08&RoleName=role-${i}&AssumeRolePolicyDocument=%7B%7D`, truncated: false },
  }));
  for (let i = 0; i < calls.length; i += 200) await captureRequests(h.capture, calls.slice(i, i + 200), { source: 'webRequest', tabId: 7 });
  // One call the capture cannot name: listed as untranslatable.
  await raw('capture/page-batch', { records: [JSON.stringify(captured({ method: 'PUT', url: 'https://x.s3.us-east-1.amazonaws.com/', headers: [], body: null, responseBody: null, startedAt: t + 5000, endedAt: t + 5050 }))] }, consolePage);
  const id = started.session!.id;

  const progress: GenerateProgress[] = [];
  const rows = await readAllRows(send, id, (p) => progress.push(p));
  expect(rows).toHaveLength(621);
  expect(progress.map((p) => (p.phase === 'reading' ? p.rows : -1))).toEqual([500, 621]);

  const roles = rows!.filter((r) => r.operation === 'CreateRole');
  const input = generateInput('roles', rows!, new Map([[roles[0]!.key, false], [roles[1]!.key, false]]));
  expect(input.rows).toHaveLength(618);
  expect(input.rows.map((r) => r.key)).not.toContain(roles[0]!.key);
  expect(input.untranslatable).toHaveLength(1);
  const result = await translateInput(input);
  const iam = result.files.find((f) => f.name === "iam.tf")!.text;
  expect(iam).not.toContain('"role-0"');
  expect(iam).not.toContain('"role-1"');
  expect(iam).toMatch(/name +?= "role-2"/);
  expect(iam.match(/^resource "aws_iam_role"/gm)).toHaveLength(618);
  expect(result.zip().length).toBeGreaterThan(0);
  expect(await readAllRows(send, 999, () => {})).toBeNull();
});

test('a row only the page reported is left out unless ticked; a ticked one goes in', async () => {
  const h = harness();
  const route = createMessageRouter({ capture: h.capture, recording: h.recording, onChange: () => {} });
  const raw = (type: string, payload: object, sender = popup) => route({ type, payload }, sender)!;
  const send = ((type: string, payload: object) => raw(type, payload)) as Send;
  const started = await raw('recording/start', { name: 'forged' }) as RecordingStatus;
  const t = h.clock.now;
  await raw('capture/page-batch', { records: [JSON.stringify(captured({
    url: 'https://iam.amazonaws.com/', startedAt: t + 1000, endedAt: t + 1050, responseBody: null,
    body: { encoding: 'text', data: 'Action=CreateRole&Version=2010-05-08&RoleName=page-only&AssumeRolePolicyDocument=%7B%7D', truncated: false },
  }))] }, consolePage);
  const rows = (await readAllRows(send, started.session!.id, () => {}))!;
  expect(rows).toHaveLength(1);
  expect(rows[0]!.unverified).toBe(true);
  expect(generateInput('forged', rows, new Map()).rows).toHaveLength(0);
  expect(generateInput('forged', rows, new Map([[rows[0]!.key, true]])).rows).toHaveLength(1);
});

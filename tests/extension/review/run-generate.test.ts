// Generate in the review tab, over the background router and fake-indexeddb: rows read in pages,
// unticked rows left out, untranslatable ones reported, and the translator's files.
import { createMessageRouter, type MessageSender } from '../../../extension/background/message-router.ts';
import { generateInput, readAllRows, translateInput, type GenerateProgress } from '../../../extension/review/run-generate.ts';
import type { Send } from '../../../extension/ui/send.ts';
import type { RecordingStatus } from '../../../shared/recorded-action.ts';
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
  const calls = Array.from({ length: 620 }, (_, i) => JSON.stringify(captured({
    url: 'https://iam.amazonaws.com/', startedAt: t + 1000 + i, endedAt: t + 1050 + i, responseBody: null,
    body: { encoding: 'text', data: `Action=CreateRole&Version=2010-05-08&RoleName=role-${i}&AssumeRolePolicyDocument=%7B%7D`, truncated: false },
  })));
  for (let i = 0; i < calls.length; i += 200) await raw('capture/page-batch', { records: calls.slice(i, i + 200) }, consolePage);
  // One call the capture cannot name: listed as untranslatable.
  await raw('capture/page-batch', { records: [JSON.stringify(captured({ method: 'PUT', url: 'https://x.s3.us-east-1.amazonaws.com/', headers: [], body: null, responseBody: null, startedAt: t + 5000, endedAt: t + 5050 }))] }, consolePage);
  const id = started.session!.id;

  const progress: GenerateProgress[] = [];
  const rows = await readAllRows(send, id, (p) => progress.push(p));
  expect(rows).toHaveLength(621);
  expect(progress.map((p) => (p.phase === 'reading' ? p.rows : -1))).toEqual([500, 621]);

  const input = generateInput('roles', rows!, new Set([rows![0]!.key, rows![1]!.key]));
  expect(input.rows).toHaveLength(618);
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

// The lazily loaded Generate chunk: files in the translator's order, one main.tf, warnings for
// unconfirmed actions, untranslatable rows in the report, and a zip with a README.
import { strFromU8, unzipSync } from 'fflate';
import { generateTerraform } from '../../../extension/popup/generate/generate-terraform.ts';
import type { GenerateInput } from '../../../extension/popup/generate/types.ts';
import { singleFile } from '../../../translator/output.ts';
import { DEMO_STEPS, demoRecord } from '../../e2e/popup-demo-scenario.ts';

const T0 = Date.parse('2026-11-26T12:00:00Z');

function input(capturedOnly: ReadonlySet<string> = new Set()): GenerateInput {
  return {
    sessionName: 'demo',
    // Given newest first on purpose: the chunk sorts by event time.
    rows: DEMO_STEPS.map((step, i) => ({
      key: `a:${i + 1}`, status: capturedOnly.has(step.operation) ? 'captured-only' : 'confirmed',
      label: `${step.service} ${step.operation}`, note: null, record: demoRecord(step, T0 + i * 5000, i),
    })).reverse(),
    untranslatable: [{ label: 's3 PutBucketEncryption', note: 'restXml requests are not converted; needs CloudTrail' }],
  };
}

test('files, main.tf and an import block for every resource', () => {
  const g = generateTerraform(input());
  const names = g.files.map((f) => f.name);
  expect(names.slice(0, 3)).toEqual(['versions.tf', 'providers.tf', 'imports.tf']);
  expect(names).toEqual(expect.arrayContaining(['s3.tf', 'ec2.tf', 'iam.tf', 'lambda.tf']));
  expect(g.mainTf).toBe(singleFile(Object.fromEntries(g.files.map((f) => [f.name, f.text]))));
  expect(g.importCount).toBe(DEMO_STEPS.length);
  const resources = g.files.flatMap((f) => [...f.text.matchAll(/^resource "(\w+)" "(\w+)"/gm)].map((m) => `${m[1]}.${m[2]}`));
  const imports = [...g.mainTf.matchAll(/^ {2}to = (\S+)$/gm)].map((m) => m[1]);
  expect(imports.sort()).toEqual(resources.sort());
});

test('report: every record, plus what had nothing to translate', () => {
  const g = generateTerraform(input());
  expect(g.report.filter((e) => e.outcome === 'created')).toHaveLength(DEMO_STEPS.length);
  expect(g.report.at(-1)).toMatchObject({ outcome: 'unsupported', eventName: 's3 PutBucketEncryption', reason: expect.stringContaining('needs CloudTrail') });
});

test('warnings: unconfirmed actions first, then the translator\'s', () => {
  const g = generateTerraform(input(new Set(['CreateRole'])));
  expect(g.warnings[0]).toEqual({ code: 'unconfirmed', message: expect.stringContaining('iam CreateRole: not confirmed by CloudTrail') });
  expect(g.warnings.some((w) => w.code === 'ignore-changes' && w.address === 'aws_lambda_function.demo_fn')).toBe(true);
});

test('the zip holds every file and a README with the next commands and the expected plan', () => {
  const g = generateTerraform(input());
  const files = Object.fromEntries(Object.entries(unzipSync(g.zip())).map(([n, b]) => [n, strFromU8(b)]));
  expect(Object.keys(files).sort()).toEqual(['README.md', ...g.files.map((f) => f.name)].sort());
  for (const f of g.files) expect(files[f.name]).toBe(f.text);
  expect(files['README.md']).toBe(g.readme);
  expect(g.readme).toMatch(/terraform init\n.*terraform plan/s);
  expect(g.readme).toContain(`Plan: ${DEMO_STEPS.length} to import, 0 to add, 0 to change, 0 to destroy.`);
  // The same bytes every time (fixed mtime), so a re-download is identical.
  expect(g.zip()).toEqual(g.zip());
});

test('nothing included: no files, and the report says why', () => {
  const g = generateTerraform({ sessionName: 'empty', rows: [], untranslatable: [{ label: 's3 CreateBucket', note: 'needs CloudTrail' }] });
  expect(g.files.length === 0 || g.importCount === 0).toBe(true);
  expect(g.report).toHaveLength(1);
});

test('a session whose actions change two AWS accounts is refused, naming both, never merged under one provider', () => {
  const two = input();
  const other = two.rows[0]!;
  two.rows[0] = { ...other, record: { ...other.record, recipientAccountId: '999999999999', userIdentity: { ...other.record.userIdentity, accountId: '999999999999' } } };
  expect(() => generateTerraform(two)).toThrow(/2 AWS accounts \(.*999999999999: 1 record.*untick the actions of all but one account/);
  expect(generateTerraform(input()).files.length).toBeGreaterThan(0);
});

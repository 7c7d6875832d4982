// The whole real corpus (tests/fixtures/cloudtrail-corpus, ~1,200 public CloudTrail records, source
// and licence in each file) runs through the translator without a crash: every record is accounted
// for, and everything emitted parses, is fmt-clean and fits the provider schema.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate } from '../../translator/index';
import { readRecords } from '../../translator/ingest/containers';
import type { InputRecord } from '../../translator/pipeline/normalize';
import { checkTerraformFiles } from '../support/hcl-oracle';

const dir = fileURLToPath(new URL('../fixtures/cloudtrail-corpus/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function expectedEntries(inputs: readonly InputRecord[]): number {
  const ids = inputs.map((i) => (i.value as { eventID?: unknown } | null)?.eventID);
  return new Set(ids.filter((id) => typeof id === 'string')).size + ids.filter((id) => typeof id !== 'string').length;
}

describe('the real CloudTrail corpus', () => {
  it('has its source and licence in every file', () => {
    for (const file of files) {
      const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { source?: string; license?: string };
      expect(doc.source, file).toBeTruthy();
      expect(doc.license, file).toBeTruthy();
    }
  });

  it('translates every file on its own, accounting for every record', async () => {
    for (const file of files) {
      const inputs = readRecords(readFileSync(join(dir, file), 'utf8'), file);
      const result = translate(inputs);
      expect(result.report, file).toHaveLength(expectedEntries(inputs));
      expect(await checkTerraformFiles(result.files), file).toEqual([]);
    }
  });

  it('translates all files as one session with zero schema or format errors', async () => {
    const inputs = files.flatMap((file) => readRecords(readFileSync(join(dir, file), 'utf8'), file));
    expect(inputs.length).toBeGreaterThan(1100);
    const result = translate(inputs);
    expect(result.report).toHaveLength(expectedEntries(inputs));
    expect(await checkTerraformFiles(result.files)).toEqual([]);
  });

  it('through the CLI: input of several accounts exits 2 naming them; --account translates one, every record reported', () => {
    const out = mkdtempSync(join(tmpdir(), 'trailform-corpus-'));
    const bin = fileURLToPath(new URL('../../bin/trailform.mjs', import.meta.url));
    const paths = files.map((f) => join(dir, f));
    const refused = spawnSync(process.execPath, [bin, 'translate', ...paths, '-o', join(out, 'all'), '-q'], { encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/the input changes \d+ AWS accounts \(\d{12}: \d+ records?, .*--account <id>/);
    const inputs = files.flatMap((file) => readRecords(readFileSync(join(dir, file), 'utf8'), file));
    const [account] = [...translate(inputs).accounts].sort((a, b) => b[1] - a[1])[0]!;
    const r = spawnSync(process.execPath, [bin, 'translate', ...paths, '--account', account, '-o', join(out, 'tf'), '--report', join(out, 'report.json'), '-q'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { entries: { reason: string | null }[] };
    expect(report.entries).toHaveLength(expectedEntries(inputs));
    expect(report.entries.some((e) => e.reason?.startsWith('account ') && e.reason.endsWith(`not --account ${account}`))).toBe(true);
  });
});

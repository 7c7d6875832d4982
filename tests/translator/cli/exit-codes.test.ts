// Exit codes: 2 for input the user can fix (the message names it), 1 with a one-line "this is a bug"
// message for anything else, and the stack only under --debug. The internal error is provoked by a
// translate() that throws, as a bug in a mapper or the pipeline would.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('../../../translator/index', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../translator/index')>();
  return {
    ...actual,
    translate: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'fields')");
    },
  };
});

const { main } = await import('../../../translator/cli');

const dir = mkdtempSync(join(tmpdir(), 'trailform-exit-'));
const logFile = join(dir, 'trail.json');
writeFileSync(logFile, JSON.stringify({ Records: [{ eventID: 'e1', eventTime: '2026-11-20T10:00:00Z', eventSource: 's3.amazonaws.com', eventName: 'CreateBucket', awsRegion: 'us-east-1', requestParameters: { bucketName: 'b' } }] }));

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(args), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('trailform exit codes', () => {
  it('reports an internal error as exit 1 on one line, naming it a bug, without the stack', async () => {
    const r = await run(['translate', logFile, '--single-file']);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^trailform: internal error \(TypeError: Cannot read properties of undefined \(reading 'fields'\)\); this is a bug in Trailform/);
    expect(r.stderr).toContain('--debug prints the stack');
  });

  it('prints the stack under --debug', async () => {
    const r = await run(['translate', logFile, '--single-file', '--debug']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/this is a bug in Trailform/);
    expect(r.stderr).toMatch(/\n\s+at .+/);
  });

  it('keeps exit 2 for bad input: a missing file, a file that is not CloudTrail, a bad option', async () => {
    const missing = await run(['translate', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: cannot read \(no such file\)/);
    const other = join(dir, 'package.json');
    writeFileSync(other, '{"name": "x"}');
    const notTrail = await run(['translate', other]);
    expect(notTrail.code).toBe(2);
    expect(notTrail.stderr).toContain('not CloudTrail data');
    expect((await run(['translate', logFile, '--frobnicate'])).code).toBe(2);
  });
});

// Terraform's own formatter, where the machine has the terraform binary (this workplace's image does;
// nothing downloads it): every golden output is exactly what `terraform fmt` would print.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const env = { ...process.env, TF_CLI_CONFIG_FILE: '', CHECKPOINT_DISABLE: '1' };
const terraform = spawnSync('terraform', ['version'], { env, encoding: 'utf8' });
const available = terraform.status === 0;
const root = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));

describe.skipIf(!available)('terraform fmt', () => {
  it('changes nothing in any golden output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailform-fmt-'));
    let copied = 0;
    for (const scenario of readdirSync(root)) {
      const expected = join(root, scenario, 'expected');
      if (!existsSync(expected)) continue;
      cpSync(expected, join(dir, scenario), { recursive: true, filter: (src) => !src.endsWith('.json') });
      copied++;
    }
    expect(copied).toBeGreaterThan(100);
    const r = spawnSync('terraform', ['fmt', '-check', '-recursive', '-list=true', dir], { env, encoding: 'utf8' });
    expect(r.stdout, 'files terraform fmt would change').toBe('');
    expect(r.status).toBe(0);
  });
});

// The corpus run: translates every file of a CloudTrail corpus (default: the copy in
// tests/fixtures/cloudtrail-corpus; or the directory given as argument), each account of a file on its
// own (one manifest holds one account), and reports what is still `unsupported`, by
// eventSource:eventName with counts, and how many schema errors the generated .tf holds, checked by
// the schema validator (default /work/shared/tools/validate-tf-against-schema.mjs against
// /work/shared/aws-provider-schema/aws-6.25.0.json; --validator / --schema to change, --no-schema to skip).
// Writes a JSON summary (default bench/results/corpus-report.json; --out to change).
//
//   node --import tsx scripts/corpus-report.ts [corpus-dir] [--out file.json] [--schema s.json] [--validator v.mjs] [--no-schema]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate } from '../translator/index';
import { hasConfig } from '../translator/pipeline/render';
import { specsByType } from '../translator/services/registry';
import { readRecords } from '../translator/ingest/containers';
import type { Outcome } from '../translator/model';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: readonly string[]) {
  const opts = {
    dir: join(repo, 'tests/fixtures/cloudtrail-corpus'),
    out: join(repo, 'bench/results/corpus-report.json'),
    schema: '/work/shared/aws-provider-schema/aws-6.25.0.json',
    validator: '/work/shared/tools/validate-tf-against-schema.mjs',
    checkSchema: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return resolve(v);
    };
    if (arg === '--out') opts.out = value();
    else if (arg === '--schema') opts.schema = value();
    else if (arg === '--validator') opts.validator = value();
    else if (arg === '--no-schema') opts.checkSchema = false;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else opts.dir = resolve(arg);
  }
  return opts;
}

interface SchemaCheck { resources: number; errors: number; messages: string[] }

/**
 * Runs the validator once over every translation's files, each in its own folder (the validator
 * checks references per folder); its last line is "N resources checked, M errors ...".
 */
function checkSchema(translations: readonly { label: string; files: Record<string, string> }[], opts: ReturnType<typeof parseArgs>): SchemaCheck {
  const dir = mkdtempSync(join(tmpdir(), 'trailform-corpus-report-'));
  try {
    translations.forEach(({ files }, i) => {
      const tf = Object.entries(files).filter(([name]) => name.endsWith('.tf'));
      if (tf.length === 0) return;
      mkdirSync(join(dir, String(i)));
      for (const [name, text] of tf) writeFileSync(join(dir, String(i), name), text);
    });
    if (readdirSync(dir).length === 0) return { resources: 0, errors: 0, messages: [] };
    const run = spawnSync(process.execPath, [opts.validator, opts.schema, dir, '--recursive'], { encoding: 'utf8', cwd: repo, maxBuffer: 64 * 1024 * 1024 });
    if (run.status === 2 || run.error) throw new Error(`the schema validator failed to run: ${run.error?.message ?? run.stderr}`);
    const lines = run.stdout.trim().split('\n');
    const summary = /(\d+) resources? checked, (\d+) errors?/.exec(lines[lines.length - 1] ?? '');
    if (!summary) throw new Error(`unexpected validator output: ${run.stdout.slice(-300)}`);
    const messages = lines.slice(0, -1).map((line) => {
      const m = /([0-9]+)\/([^/:]+\.tf)/.exec(line);
      return m ? line.replace(/\S*[0-9]+\/[^/:]+\.tf/, `${translations[Number(m[1])]!.label}: ${m[2]}`) : line;
    });
    return { resources: Number(summary[1]), errors: Number(summary[2]), messages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.checkSchema && (!existsSync(opts.validator) || !existsSync(opts.schema))) {
    throw new Error(`schema check needs ${opts.validator} and ${opts.schema} (or pass --no-schema)`);
  }
  const files = readdirSync(opts.dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`no .json files in ${opts.dir}`);

  const unsupported = new Map<string, { count: number; files: Set<string>; reasons: Set<string> }>();
  const outcomes = new Map<Outcome, number>();
  const ignoredReasons = new Map<string, number>();
  const outputs: { label: string; files: Record<string, string> }[] = [];
  let records = 0;
  // Resources that existed before their session (issue 10): printed as a block (an event stated the
  // whole configuration) or import-only (Terraform writes the block from the account).
  const specs = specsByType();
  const adopted = { block: 0, importOnly: 0 };

  for (const file of files) {
    const inputs = readRecords(readFileSync(join(opts.dir, file), 'utf8'), file);
    records += inputs.length;
    const accounts = [...translate(inputs).accounts.keys()].sort();
    // Records without an account (or a file of one account) translate in one run.
    for (const account of accounts.length > 1 ? accounts : [undefined]) {
      const result = translate(inputs, account === undefined ? {} : { account });
      for (const entry of result.report) {
        // With --account, the other accounts' records are reported ignored: count each record once, in its own run.
        if (account !== undefined && entry.outcome === 'ignored' && entry.reason?.endsWith(`not --account ${account}`)) continue;
        outcomes.set(entry.outcome, (outcomes.get(entry.outcome) ?? 0) + 1);
        if (entry.outcome === 'unsupported') {
          const key = `${entry.eventSource}:${entry.eventName}`;
          const seen = unsupported.get(key) ?? { count: 0, files: new Set<string>(), reasons: new Set<string>() };
          seen.count++;
          seen.files.add(file);
          if (entry.reason) seen.reasons.add(entry.reason);
          unsupported.set(key, seen);
        }
        if (entry.outcome === 'ignored' && entry.reason) {
          const reason = entry.reason.replace(/^owned by .*?:/, 'owned by …:');
          ignoredReasons.set(reason, (ignoredReasons.get(reason) ?? 0) + 1);
        }
      }
      for (const r of result.resources) {
        if (r.created) continue;
        if (hasConfig(r, specs.get(r.type))) adopted.block++;
        else adopted.importOnly++;
      }
      outputs.push({ label: `${file}${account ? ` (account ${account})` : ''}`, files: result.files });
    }
  }

  const check = opts.checkSchema ? checkSchema(outputs, opts) : undefined;
  const translations = outputs.length;
  const kinds = [...unsupported.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  // "no mapping for …": Trailform could map it; any other reason is the mapper's or the provider's
  // (not importable, an identifier the record does not hold).
  const unmapped = (v: { reasons: Set<string> }) => v.reasons.size === 0 || [...v.reasons].some((r) => r.startsWith('no mapping for '));
  const summary = {
    corpus: opts.dir,
    files: files.length,
    records,
    translations,
    outcomes: Object.fromEntries([...outcomes].sort()),
    adoptedResources: adopted,
    unsupportedKinds: kinds.length,
    unsupportedWithoutMapping: kinds.filter(([, v]) => unmapped(v)).length,
    unsupportedWithReason: kinds.filter(([, v]) => !unmapped(v)).length,
    unsupported: kinds.map(([kind, v]) => ({ kind, count: v.count, reasons: [...v.reasons].sort(), files: [...v.files].sort() })),
    schemaCheck: check ?? 'skipped',
  };
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, `${JSON.stringify(summary, null, 2)}\n`);

  console.log(`${files.length} files, ${records} records, ${translations} translations (one per account)`);
  console.log(`outcomes: ${[...outcomes].sort().map(([o, n]) => `${o} ${n}`).join(', ')}`);
  console.log(`resources from before their session: ${adopted.block} printed as blocks, ${adopted.importOnly} import-only`);
  console.log(`distinct unsupported event kinds: ${kinds.length} (${kinds.filter(([, v]) => unmapped(v)).length} without a mapping, ${kinds.filter(([, v]) => !unmapped(v)).length} with the reason they cannot be mapped)`);
  for (const [kind, v] of kinds) console.log(`  ${String(v.count).padStart(4)}  ${kind}${unmapped(v) ? '' : `  (${[...v.reasons][0]})`}`);
  if (check) {
    console.log(`schema errors: ${check.errors} (${check.resources} resources checked)`);
    for (const m of check.messages) console.log(`  ${m}`);
  }
  console.log(`summary written to ${opts.out}`);
}

try {
  main();
} catch (e) {
  console.error(`corpus-report: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}

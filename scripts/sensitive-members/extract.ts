// Reads one @aws-sdk/client-* package's generated schema module (dist-es/schemas/schemas_*.js, the
// Smithy "static schema" arrays @smithy/core/schema interprets) and lists, per operation, the input and
// output member paths that carry the `sensitive` trait (https://smithy.io/2.0/spec/documentation-traits.html#sensitive-trait).
//
// Static schema arrays (see @smithy/core/dist-es/submodules/schema/schemas/*.js):
//   [0, ns, name, traits, type]                     simple (string, blob…) with traits
//   [1, ns, name, traits, value]                    list
//   [2, ns, name, traits, key, value]               map
//   [3|4|-3, ns, name, traits, memberNames, memberSchemas]   structure | union | error
//   [9, ns, name, traits, input, output]            operation
// Traits are a bit set (translateTraits.js: bit 3 = sensitive, so `traits & 8`) or an object.
// A member schema is a number (a simple type), a thunk, or [schema, memberTraits].
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export type SensitiveOps = Record<string, { in?: string[]; out?: string[]; deep?: string[] }>;

/**
 * Paths longer than this many segments are not listed one by one (a few models, QuickSight's above all,
 * nest the same sensitive member under thousands of branches); their member names go to "deep", which
 * redaction applies anywhere in that operation's bodies.
 */
export const MAX_PATH_SEGMENTS = 6;

export interface ClientExtract {
  /** Package name without "@aws-sdk/client-". */
  client: string;
  version: string;
  /** SigV4 signing name (dist-es/auth/httpAuthSchemeProvider.js), e.g. "ssm". */
  signingName: string | null;
  /** Operation -> sensitive member paths; only operations with at least one. */
  operations: SensitiveOps;
  operationCount: number;
}

type Schema = unknown;

const SENSITIVE_BIT = 8;
const MAX_DEPTH = 16;

function isSensitiveTraits(traits: unknown): boolean {
  if (typeof traits === 'number') return (traits & SENSITIVE_BIT) !== 0;
  if (typeof traits === 'object' && traits !== null) return 'sensitive' in traits;
  return false;
}

function deref(s: Schema): Schema {
  return typeof s === 'function' ? (s as () => Schema)() : s;
}

/** A member schema "[schema, memberTraits]" (the inner schema is a thunk, a number or an array). */
function isMemberRef(s: Schema): s is [Schema, unknown] {
  return Array.isArray(s) && s.length === 2 && (typeof s[0] === 'function' || typeof s[0] === 'number' || Array.isArray(s[0]) || typeof s[0] === 'string');
}

/**
 * Appends to `out` the sensitive paths under `schema`. Path syntax: members joined by ".", "[]" for a
 * list item, "{}" for a map value. A sensitive node ends the walk (its whole value is secret).
 */
function walk(schema: Schema, path: string[], out: Set<string>, seen: Set<unknown>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  let s = deref(schema);
  let memberSensitive = false;
  while (isMemberRef(s)) {
    memberSensitive ||= isSensitiveTraits(s[1]);
    s = deref(s[0]);
  }
  if (memberSensitive) {
    out.add(path.join('.'));
    return;
  }
  if (!Array.isArray(s)) return; // a simple type by number, or a string id (unit)
  const kind = s[0] as number;
  if (isSensitiveTraits(s[3])) {
    out.add(path.join('.'));
    return;
  }
  if (seen.has(s)) return; // recursive shapes (e.g. nested JSON-like documents)
  seen.add(s);
  if (kind === 1) walk(s[4], [...path, '[]'], out, seen, depth + 1);
  else if (kind === 2) walk(s[5], [...path, '{}'], out, seen, depth + 1);
  else if (kind === 3 || kind === 4 || kind === -3) {
    const names = s[4] as string[];
    const members = s[5] as Schema[];
    names.forEach((name, i) => walk(members[i], [...path, segment(name, members[i])], out, seen, depth + 1));
  }
  seen.delete(s);
}

/**
 * A member's path segment: its name, plus the names it has on the wire when they differ (xmlName,
 * ec2QueryName, jsonName: EC2 answers "tunnelOptionSet" for TunnelOptions), joined by "|".
 */
function segment(name: string, member: Schema): string {
  const traits = Array.isArray(member) && member.length === 2 ? member[1] : null;
  if (typeof traits !== 'object' || traits === null) return name;
  const alts = ['xmlName', 'ec2QueryName', 'jsonName']
    .map((k) => (traits as Record<string, unknown>)[k])
    .filter((v): v is string => typeof v === 'string' && v.toLowerCase() !== name.toLowerCase());
  return [name, ...new Set(alts)].join('|');
}

function pathsOf(schema: Schema): string[] {
  const out = new Set<string>();
  walk(schema, [], out, new Set(), 0);
  return [...out].filter((p) => p !== '').sort();
}

/**
 * Evaluates the schema module without its imports: the TypeRegistry and error classes it references only
 * register error types, so stand-ins are enough. Returns every exported `X$` schema.
 */
function loadSchemaModule(source: string): Map<string, Schema> {
  const exported = [...source.matchAll(/^export (?:var|const) ([A-Za-z0-9_$]+)\s*=/gm)].map((m) => m[1] as string);
  const body = source
    .replace(/^import[\s\S]*?from\s+"[^"]+";\s*$/gm, '')
    .replace(/^export (var|const) /gm, '$1 ');
  class TypeRegistry {
    static for(): TypeRegistry { return new TypeRegistry(); }
    register(): void {}
    registerError(): void {}
  }
  // Only the imported names come from the stand-in scope; everything the module declares stays its own.
  const imported = new Set<string>();
  for (const m of source.matchAll(/^import\s*\{([^}]*)\}\s*from/gm)) {
    for (const spec of (m[1] as string).split(',')) {
      const local = spec.trim().split(/\s+as\s+/).at(-1)?.trim();
      if (local) imported.add(local);
    }
  }
  const scope = new Proxy({ TypeRegistry } as Record<string | symbol, unknown>, {
    has: (_t, key) => typeof key === 'string' && imported.has(key),
    get: (t, key) => (key in t ? t[key] : function Stub() {}),
  });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('scope', `with (scope) {\n${body}\nreturn { ${exported.join(', ')} };\n}`) as (s: unknown) => Record<string, Schema>;
  return new Map(Object.entries(run(scope)));
}

function readSigningName(dir: string): string | null {
  const file = join(dir, 'dist-es/auth/httpAuthSchemeProvider.js');
  if (!existsSync(file)) return null;
  return /name:\s*"([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? null;
}

/** Extracts one client from an unpacked package directory; null when it has no static schemas. */
export function extractClient(dir: string): ClientExtract | null {
  const schemaDir = join(dir, 'dist-es/schemas');
  if (!existsSync(schemaDir)) return null;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
  const files = readdirSync(schemaDir).filter((f) => /^schemas_\d+\.js$/.test(f)).sort();
  if (files.length === 0) return null;
  const source = files.map((f) => readFileSync(join(schemaDir, f), 'utf8')).join('\n');
  const schemas = loadSchemaModule(source);
  const operations: SensitiveOps = {};
  let operationCount = 0;
  for (const schema of schemas.values()) {
    if (!Array.isArray(schema) || schema[0] !== 9) continue;
    operationCount += 1;
    const name = schema[2] as string;
    const all = { in: pathsOf(schema[4]), out: pathsOf(schema[5]) };
    const short = (paths: string[]): string[] => paths.filter((p) => p.split('.').length <= MAX_PATH_SEGMENTS);
    const input = short(all.in);
    const output = short(all.out);
    const deep = [...new Set([...all.in, ...all.out].filter((p) => p.split('.').length > MAX_PATH_SEGMENTS)
      .map((p) => p.split('.').filter((seg) => seg !== '[]' && seg !== '{}').at(-1) as string))].sort();
    if (input.length === 0 && output.length === 0 && deep.length === 0) continue;
    operations[name] = { ...(input.length ? { in: input } : {}), ...(output.length ? { out: output } : {}), ...(deep.length ? { deep } : {}) };
  }
  const sorted: SensitiveOps = {};
  for (const k of Object.keys(operations).sort()) sorted[k] = operations[k]!;
  return { client: pkg.name.replace('@aws-sdk/client-', ''), version: pkg.version, signingName: readSigningName(dir), operations: sorted, operationCount };
}

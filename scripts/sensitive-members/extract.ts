// Lists, per operation of one @aws-sdk/client-* package, the input and output member paths that carry the
// `sensitive` trait (https://smithy.io/2.0/spec/documentation-traits.html#sensitive-trait), read from the
// static schemas it ships (format and loader: scripts/aws-sdk-schemas/static-schema.ts), or from the log
// filters of a client published before that format (extract-legacy.ts).
import { authSigningName, type ReadPackageFile } from '../aws-sdk-schemas/package-files.ts';
import { extractLegacySensitivePaths, legacyCommandNames } from './extract-legacy.ts';
import {
  decodeTraits, deref, isMemberRef, LIST, loadSchemaModule, MAP, memberTraits, operationSchemas, readSchemaSource,
  structureMembers, type Schema,
} from '../aws-sdk-schemas/static-schema.ts';

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
  /** Read from the log filters of a client published before the static schema format. */
  legacy: boolean;
}

const MAX_DEPTH = 16;

function isSensitive(traits: unknown): boolean {
  return 'sensitive' in decodeTraits(traits);
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
    memberSensitive ||= isSensitive(s[1]);
    s = deref(s[0]);
  }
  if (memberSensitive) {
    out.add(path.join('.'));
    return;
  }
  if (!Array.isArray(s)) return; // a simple type by number, or a string id (unit)
  if (isSensitive(s[3])) {
    out.add(path.join('.'));
    return;
  }
  if (seen.has(s)) return; // recursive shapes (e.g. nested JSON-like documents)
  seen.add(s);
  const struct = structureMembers(s);
  if (s[0] === LIST) walk(s[4], [...path, '[]'], out, seen, depth + 1);
  else if (s[0] === MAP) walk(s[5], [...path, '{}'], out, seen, depth + 1);
  else if (struct) struct.names.forEach((name, i) => walk(struct.schemas[i], [...path, segment(name, struct.schemas[i])], out, seen, depth + 1));
  seen.delete(s);
}

/**
 * A member's path segment: its name, plus the names it has on the wire when they differ (xmlName,
 * ec2QueryName, jsonName: EC2 answers "tunnelOptionSet" for TunnelOptions), joined by "|".
 */
function segment(name: string, member: Schema): string {
  const traits = memberTraits(member);
  const alts = ['xmlName', 'ec2QueryName', 'jsonName']
    .map((k) => traits[k])
    .filter((v): v is string => typeof v === 'string' && v.toLowerCase() !== name.toLowerCase());
  return [name, ...new Set(alts)].join('|');
}

function pathsOf(schema: Schema): string[] {
  const out = new Set<string>();
  walk(schema, [], out, new Set(), 0);
  return [...out].filter((p) => p !== '').sort();
}

/** One operation's entry: paths up to MAX_PATH_SEGMENTS long, the names of deeper ones in "deep"; null when none. */
function operationEntry(all: { in: string[]; out: string[] }): SensitiveOps[string] | null {
  const short = (paths: string[]): string[] => paths.filter((p) => p.split('.').length <= MAX_PATH_SEGMENTS);
  const input = short(all.in);
  const output = short(all.out);
  const deep = [...new Set([...all.in, ...all.out].filter((p) => p.split('.').length > MAX_PATH_SEGMENTS)
    .map((p) => p.split('.').filter((seg) => seg !== '[]' && seg !== '{}').at(-1) as string))].sort();
  if (input.length === 0 && output.length === 0 && deep.length === 0) return null;
  return { ...(input.length ? { in: input } : {}), ...(output.length ? { out: output } : {}), ...(deep.length ? { deep } : {}) };
}

/**
 * Extracts one client from its unpacked package files: from its static schemas, or for a client published
 * before that format from its log filters (extract-legacy.ts). Null when it has neither.
 */
export function extractSensitiveMembers(read: ReadPackageFile): ClientExtract | null {
  const pkgJson = read('package.json');
  if (pkgJson === null) return null;
  const pkg = JSON.parse(pkgJson) as { name: string; version: string };
  const client = pkg.name.replace('@aws-sdk/client-', '');
  const source = readSchemaSource(read);
  const paths = new Map<string, { in: string[]; out: string[] }>();
  if (source !== null) {
    for (const schema of operationSchemas(loadSchemaModule(source))) paths.set(schema[2] as string, { in: pathsOf(schema[4]), out: pathsOf(schema[5]) });
  } else {
    const legacy = extractLegacySensitivePaths(read, client, legacyCommandNames(read));
    if (legacy === null) return null;
    for (const [name, entry] of legacy) paths.set(name, entry);
  }
  const operations: SensitiveOps = {};
  for (const name of [...paths.keys()].sort()) {
    const entry = operationEntry(paths.get(name)!);
    if (entry) operations[name] = entry;
  }
  return { client, version: pkg.version, signingName: authSigningName(read), operations, operationCount: paths.size, legacy: source === null };
}

// Lists, per operation of one @aws-sdk/client-* package, the input and output member paths that carry the
// `sensitive` trait (https://smithy.io/2.0/spec/documentation-traits.html#sensitive-trait), read from the
// static schemas it ships (format and loader: scripts/aws-sdk-schemas/static-schema.ts).
import { authSigningName, type ReadPackageFile } from '../aws-sdk-schemas/package-files.ts';
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

/** Extracts one client from its unpacked package files; null when it has no static schemas. */
export function extractSensitiveMembers(read: ReadPackageFile): ClientExtract | null {
  const source = readSchemaSource(read);
  const pkgJson = read('package.json');
  if (source === null || pkgJson === null) return null;
  const pkg = JSON.parse(pkgJson) as { name: string; version: string };
  const operations: SensitiveOps = {};
  let operationCount = 0;
  for (const schema of operationSchemas(loadSchemaModule(source))) {
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
  return { client: pkg.name.replace('@aws-sdk/client-', ''), version: pkg.version, signingName: authSigningName(read), operations: sorted, operationCount };
}

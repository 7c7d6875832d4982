// Reads one @aws-sdk/client-* package's shipped files and returns its row of the operations table:
// protocol, target prefix / query version, endpoint prefix, signing name, and for each operation its
// HTTP binding (REST protocols) and the required members it carries in headers or the query string.
//
// Sources inside the package (format of @smithy/core's static schemas, see
// node_modules/@smithy/core/dist-es/submodules/schema/schemas/{NormalizedSchema,translateTraits}.js):
//   dist-es/schemas/schemas_<n>.js     operations [9, ns, name, traits, input, output] with traits
//                                      {http: [method, uri, code]}; structures [3, ns, name, traits,
//                                      memberNames, memberSchemas, requiredCount] whose member traits are
//                                      a bit set or {httpHeader, httpQuery, ...}
//   dist-es/runtimeConfig.shared.js    protocol class and {defaultNamespace, serviceTarget, version}
//   dist-es/auth/httpAuthSchemeProvider.js  SigV4 signing name
//   dist-es/endpoint/{bdd,ruleset}.js  endpoint URL templates → endpoint prefix
// The schema module is read with ./static-schema.ts, shared with the sensitive-member extractor.
import type { AwsProtocol, OperationRow, RestOperationRow } from '../../extension/capture/classify/model-types.ts';
import { extractLegacy } from './extract-legacy.ts';
import { authSigningName, type ReadPackageFile } from './package-files.ts';
import { loadSchemaModule, memberTraits, operationSchemas, readSchemaSource, STRUCTURE, structureMembers, type Schema } from './static-schema.ts';

export interface ExtractedOperation {
  name: string;
  method?: string;
  uri?: string;
  requiredHeaders: string[];
  requiredQuery: string[];
}

export interface ExtractedService {
  /** Lower-case sdkId without spaces, e.g. "cloudwatchlogs", "ec2". */
  id: string;
  sdkId: string;
  client: string;
  version: string;
  protocol: AwsProtocol;
  apiVersion: string;
  endpointPrefix: string;
  signingName: string;
  targetPrefix?: string;
  operations: ExtractedOperation[];
}

// Protocol classes of @aws-sdk/core/protocols and their service-specific subclasses (S3RestXmlProtocol).
const PROTOCOLS: [RegExp, AwsProtocol][] = [
  [/RestXml/, 'rest-xml'], [/RestJson/, 'rest-json'], [/Ec2Query/, 'ec2'], [/Query/, 'query'],
  [/Json1_[01]|JsonRpc/, 'json'], [/Cbor/, 'rpc-v2-cbor'],
];

function requiredLocated(input: Schema): { headers: string[]; query: string[] } {
  const out = { headers: [] as string[], query: [] as string[] };
  const struct = structureMembers(input);
  if (struct?.kind !== STRUCTURE) return out;
  for (let i = 0; i < Math.min(struct.requiredCount, struct.names.length); i++) {
    const traits = memberTraits(struct.schemas[i]);
    if (typeof traits['httpHeader'] === 'string') out.headers.push(traits['httpHeader'].toLowerCase());
    if (typeof traits['httpQuery'] === 'string') out.query.push(traits['httpQuery']);
  }
  return out;
}

function settings(runtime: string): { protocol: AwsProtocol | null; namespace?: string; target?: string; version?: string; sdkId: string; apiVersion?: string } {
  const protocolClass = /protocol:\s*config\?\.protocol\s*\?\?\s*(?:new\s+)?([A-Za-z0-9_]+)/.exec(runtime)?.[1] ?? '';
  const protocol = PROTOCOLS.find(([re]) => re.test(protocolClass))?.[1] ?? null;
  const pick = (key: string) => new RegExp(`\\b${key}:\\s*"([^"]+)"`).exec(runtime)?.[1];
  const sdkId = /serviceId:\s*config\?\.serviceId\s*\?\?\s*"([^"]+)"/.exec(runtime)?.[1];
  if (!sdkId) throw new Error('no serviceId in runtimeConfig.shared.js');
  return {
    protocol, sdkId, namespace: pick('defaultNamespace'), target: pick('serviceTarget'),
    version: pick('version'), apiVersion: pick('apiVersion'),
  };
}

/**
 * The endpoint prefix: the host label the endpoint templates put before the region or DNS suffix. Rule
 * sets also name special endpoints (DynamoDB's "search-dynamodb", S3 Control's "s3-outposts"), so a
 * label equal to the package or signing name wins; otherwise the most frequent one.
 */
export function endpointPrefix(endpointSource: string, preferred: readonly string[] = []): string | null {
  const counts = new Map<string, number>();
  const re = /https:\/\/([A-Za-z0-9.{}#_-]+?)\.(?:\{Region\}|\{PartitionResult#(?:dualStack)?[dD]nsSuffix\}|amazonaws\.com|api\.aws|[a-z]{2}(?:-gov)?-[a-z]+-\d\.)/g;
  for (const m of endpointSource.matchAll(re)) {
    // Labels after the last templated one ("{AccountId}.s3-control" → "s3-control", "runtime.sagemaker").
    const all = (m[1] ?? '').split('.');
    const labels = all.slice(all.findLastIndex((l) => l.includes('{')) + 1).filter((l) => l !== 'dualstack').map((l) => l.replace(/-fips$/, ''));
    const prefix = labels.join('.');
    if (prefix === '') continue;
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const named = preferred.find((p) => counts.has(p));
  if (named) return named;
  let best: string | null = null;
  let bestCount = 0;
  for (const [prefix, n] of counts) if (n > bestCount) { best = prefix; bestCount = n; }
  return best;
}

export function extractClient(client: string, version: string, read: ReadPackageFile): ExtractedService {
  const schemas = readSchemaSource(read);
  const runtime = read('dist-es/runtimeConfig.shared.js') ?? '';
  const s = settings(runtime);
  const legacy = schemas ? null : extractLegacy(read);
  if (!schemas && !legacy) throw new Error(`@aws-sdk/client-${client}@${version} ships neither schemas nor protocol serializers`);
  const protocol = legacy?.protocol ?? s.protocol;
  if (!protocol) throw new Error(`@aws-sdk/client-${client}@${version}: unknown protocol`);
  const endpoints = [read('dist-es/endpoint/bdd.js'), read('dist-es/endpoint/ruleset.js')].filter((x): x is string => x !== null).join('\n');
  const signingName = authSigningName(read)
    ?? /signingName["']?\s*:\s*"([^"]+)"/.exec(endpoints)?.[1] ?? null;
  const prefix = endpointPrefix(endpoints, [client, ...(signingName ? [signingName] : [])]) ?? signingName;
  if (!prefix) throw new Error(`@aws-sdk/client-${client}@${version}: no endpoint prefix found`);
  const rest = protocol === 'rest-json' || protocol === 'rest-xml';
  const operations: ExtractedOperation[] = legacy ? legacy.operations : operationSchemas(loadSchemaModule(schemas ?? '')).map((op) => {
    const traits = op[3];
    const http = typeof traits === 'object' && traits !== null ? (traits as Record<string, unknown>)['http'] : undefined;
    const located = rest ? requiredLocated(op[4]) : { headers: [], query: [] };
    const out: ExtractedOperation = { name: op[2] as string, requiredHeaders: located.headers, requiredQuery: located.query };
    if (rest && Array.isArray(http)) {
      out.method = String(http[0]);
      out.uri = String(http[1]);
    }
    return out;
  }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const result: ExtractedService = {
    id: s.sdkId.toLowerCase().replace(/[^a-z0-9]/g, ''), sdkId: s.sdkId, client, version, protocol,
    apiVersion: legacy?.version ?? s.version ?? s.apiVersion ?? '', endpointPrefix: prefix, signingName: signingName ?? prefix, operations,
  };
  const target = legacy?.targetPrefix ?? s.target;
  if (protocol === 'json' && target) result.targetPrefix = target;
  return result;
}

/** A table row for one operation, its "changes something?" flag decided by the caller. */
export function operationRow(op: ExtractedOperation, mutating: boolean): OperationRow {
  const flag = mutating ? 1 : 0;
  if (op.method === undefined || op.uri === undefined) return [op.name, flag];
  const row: RestOperationRow = [op.name, flag, op.method, op.uri];
  if (op.requiredHeaders.length > 0 || op.requiredQuery.length > 0) row.push(op.requiredHeaders);
  if (op.requiredQuery.length > 0) row.push(op.requiredQuery);
  return row;
}

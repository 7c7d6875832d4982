// Generates extension/capture/classify/aws-models.generated.json from the botocore-format service
// models that the `aws-sdk` v2 package ships in apis/*.min.json (devDependency only; the extension
// never bundles aws-sdk). Keeps only what classification needs. Run: npx tsx scripts/generate-aws-models.ts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isMutatingOperationName } from '../extension/capture/classify/operation-kind.ts';
import type { AwsProtocol, OperationRow, RestOperationRow, ServiceModelRow, ServiceModelTable } from '../extension/capture/classify/model-types.ts';

interface MinMember { location?: string; locationName?: string }
interface MinShape { required?: string[]; members?: Record<string, MinMember>; shape?: string }
interface MinOperation { http?: { method?: string; requestUri?: string }; input?: MinShape }
interface MinModel {
  metadata: {
    apiVersion: string; endpointPrefix: string; signingName?: string; protocol: string;
    targetPrefix?: string; jsonVersion?: string; globalEndpoint?: string;
  };
  operations: Record<string, MinOperation>;
  shapes?: Record<string, MinShape>;
}

const require = createRequire(import.meta.url);
const apisDir = join(dirname(require.resolve('aws-sdk/package.json')), 'apis');
const sdkVersion = (require('aws-sdk/package.json') as { version: string }).version;
const metadata = require('aws-sdk/apis/metadata.json') as Record<string, { prefix?: string }>;
const files = readdirSync(apisDir).filter((f) => f.endsWith('.min.json'));

function latestModelFile(prefix: string): string | undefined {
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d{4}-\\d{2}-\\d{2})\\.min\\.json$`);
  return files.filter((f) => re.test(f)).sort().at(-1);
}

function requiredLocated(model: MinModel, op: MinOperation, location: 'header' | 'querystring'): string[] {
  let input = op.input;
  if (input?.shape) input = model.shapes?.[input.shape];
  if (!input?.members) return [];
  return (input.required ?? [])
    .map((name) => input.members?.[name])
    .filter((m): m is MinMember => m?.location === location && typeof m.locationName === 'string')
    .map((m) => (location === 'header' ? (m.locationName as string).toLowerCase() : (m.locationName as string)));
}

/** The compact table from the installed aws-sdk v2 models. */
export function buildServiceModelTable(): ServiceModelTable {
  const services: ServiceModelRow[] = [];
  for (const [id, meta] of Object.entries(metadata).sort(([a], [b]) => a.localeCompare(b))) {
    const file = latestModelFile(meta.prefix ?? id);
    if (!file) continue;
    const model = JSON.parse(readFileSync(join(apisDir, file), 'utf8')) as MinModel;
    const m = model.metadata;
    const protocol = m.protocol as AwsProtocol;
    const rest = protocol === 'rest-json' || protocol === 'rest-xml';
    const ops: OperationRow[] = Object.entries(model.operations)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, op]) => {
        const mutating = isMutatingOperationName(name) ? 1 : 0;
        if (!rest) return [name, mutating];
        const headers = requiredLocated(model, op, 'header');
        const query = requiredLocated(model, op, 'querystring');
        const row: RestOperationRow = [name, mutating, op.http?.method ?? 'POST', op.http?.requestUri ?? '/'];
        if (headers.length > 0 || query.length > 0) row.push(headers);
        if (query.length > 0) row.push(query);
        return row;
      });
    const row: ServiceModelRow = { id, endpointPrefix: m.endpointPrefix, protocol, apiVersion: m.apiVersion, ops };
    if (m.signingName && m.signingName !== m.endpointPrefix) row.signingName = m.signingName;
    if (m.targetPrefix) row.targetPrefix = m.targetPrefix;
    if (m.jsonVersion) row.jsonVersion = m.jsonVersion;
    if (m.globalEndpoint) row.globalEndpoint = m.globalEndpoint;
    services.push(row);
  }
  return { source: `aws-sdk@${sdkVersion} apis/*.min.json (Apache-2.0)`, services };
}

/** One service per line keeps diffs reviewable without inflating the file. */
export function serialiseServiceModelTable(table: ServiceModelTable): string {
  return `{"source":${JSON.stringify(table.source)},"services":[\n${table.services.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`;
}

export const GENERATED_TABLE_PATH = join(import.meta.dirname, '..', 'extension', 'capture', 'classify', 'aws-models.generated.json');

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const table = buildServiceModelTable();
  writeFileSync(GENERATED_TABLE_PATH, serialiseServiceModelTable(table));
  console.log(`wrote ${table.services.length} services, ${table.services.reduce((n, s) => n + s.ops.length, 0)} operations to ${GENERATED_TABLE_PATH}`);
}

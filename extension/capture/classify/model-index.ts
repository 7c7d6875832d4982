// Lookup structures over the generated service-model table, built once per service-worker start.
import type { AwsProtocol, ServiceModelRow, ServiceModelTable } from './model-types.ts';

export interface RestOperation {
  name: string;
  mutating: boolean;
  method: string;
  pathTemplate: string;
  /** Query keys the template requires ("?versioning", "?list-type=2"); the SDK's own "x-id" is not one. */
  literalQueryKeys: string[];
  /** Literal values the template fixes ("list-type" → "2"). */
  literalQueryValues: [string, string][];
  /** Every key the template's query names, literal or bound to a member ("uploadId={UploadId}"). */
  templateQueryKeys: string[];
  requiredHeaders: string[];
  requiredQuery: string[];
}

export interface ServiceModel {
  id: string;
  endpointPrefix: string;
  signingName: string;
  protocol: AwsProtocol;
  apiVersion: string;
  targetPrefix: string | undefined;
  /** The CloudTrail `eventSource` of this service, e.g. "ec2.amazonaws.com". */
  eventSource: string;
  /** Operation name to "changes something?". */
  operations: Map<string, boolean>;
  restOperations: RestOperation[];
}

export interface ModelIndex {
  services: ServiceModel[];
  byEndpointPrefix: Map<string, ServiceModel[]>;
  byTargetPrefix: Map<string, ServiceModel[]>;
  /** Any name a console URL may use for the service: id, endpoint prefix, signing name. */
  byAnyName: Map<string, ServiceModel[]>;
}

// CloudTrail's eventSource is "<signing name>.amazonaws.com" for almost every service; these are the
// exceptions seen in CloudTrail logs (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-aws-service-specific-topics.html).
const EVENT_SOURCE_OVERRIDES: Record<string, string> = {
  'execute-api': 'apigateway.amazonaws.com',
  // Application Auto Scaling logs under EC2 Auto Scaling's source: the CloudTrail record in the
  // Application Auto Scaling user guide (monitoring-eventbridge.md, RegisterScalableTarget).
  'application-autoscaling': 'autoscaling.amazonaws.com',
};

function toRestOperation(row: ServiceModelRow['ops'][number]): RestOperation | null {
  if (row.length < 4) return null;
  const [name, mutating, method, requestUri, requiredHeaders, requiredQuery] = row;
  if (method === undefined || requestUri === undefined) return null;
  const [pathTemplate = '/', query = ''] = requestUri.split('?');
  const parts = query.split('&').filter((part) => part !== '');
  const keyOf = (part: string) => part.split('=')[0] ?? part;
  const literal = parts.filter((part) => !part.includes('{') && keyOf(part) !== 'x-id');
  return {
    name, mutating: mutating === 1, method, pathTemplate,
    literalQueryKeys: literal.map(keyOf),
    literalQueryValues: literal.filter((p) => p.includes('=')).map((p): [string, string] => [keyOf(p), p.slice(p.indexOf('=') + 1)]),
    templateQueryKeys: parts.map(keyOf),
    requiredHeaders: requiredHeaders ?? [], requiredQuery: requiredQuery ?? [],
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export function buildModelIndex(table: ServiceModelTable): ModelIndex {
  const index: ModelIndex = {
    services: [], byEndpointPrefix: new Map(), byTargetPrefix: new Map(), byAnyName: new Map(),
  };
  for (const row of table.services) {
    const signingName = row.signingName ?? row.endpointPrefix;
    const service: ServiceModel = {
      id: row.id,
      endpointPrefix: row.endpointPrefix,
      signingName,
      protocol: row.protocol,
      apiVersion: row.apiVersion,
      targetPrefix: row.targetPrefix,
      eventSource: EVENT_SOURCE_OVERRIDES[signingName] ?? `${signingName}.amazonaws.com`,
      operations: new Map(row.ops.map(([name, mutating]) => [name, mutating === 1])),
      restOperations: row.ops.map(toRestOperation).filter((op): op is RestOperation => op !== null),
    };
    index.services.push(service);
    push(index.byEndpointPrefix, row.endpointPrefix, service);
    if (row.targetPrefix) push(index.byTargetPrefix, row.targetPrefix, service);
    for (const name of [row.id, row.endpointPrefix, signingName]) push(index.byAnyName, name.toLowerCase(), service);
  }
  // Several services share an endpoint prefix (rds: RDS, DocumentDB, Neptune). The one whose id is the
  // name itself is the primary, so it is tried first.
  for (const [name, list] of [...index.byEndpointPrefix, ...index.byAnyName]) {
    list.sort((a, b) => Number(b.id === name) - Number(a.id === name));
  }
  return index;
}

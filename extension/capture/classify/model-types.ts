// Shape of the generated service-model table (scripts/generate-aws-models.ts writes it).

export type AwsProtocol = 'json' | 'query' | 'ec2' | 'rest-json' | 'rest-xml' | 'rpc-v2-cbor';

/**
 * [name, mutating (1|0)] for RPC protocols; REST adds method, requestUri template and the required
 * members carried in headers (lower-case names) and in the query string.
 */
export type RpcOperationRow = [name: string, mutating: 0 | 1];
export type RestOperationRow = [
  name: string, mutating: 0 | 1, method: string, requestUri: string, requiredHeaders?: string[], requiredQuery?: string[],
];
export type OperationRow = RpcOperationRow | RestOperationRow;

export interface ServiceModelRow {
  /** The client's sdkId in lower case without spaces, e.g. "cloudwatch", "cloudwatchlogs". */
  id: string;
  /** @aws-sdk/client-<client> and the exact version the row was extracted from. */
  client?: string;
  version?: string;
  /** IAM service prefix whose access levels decided the "mutating" flags. */
  iamPrefix?: string;
  endpointPrefix: string;
  signingName?: string;
  protocol: AwsProtocol;
  apiVersion: string;
  targetPrefix?: string;
  jsonVersion?: string;
  globalEndpoint?: string;
  ops: OperationRow[];
}

export interface ServiceModelTable {
  source: string;
  /** The pinned @aws-sdk release (scripts/aws-sdk-schemas/clients.json). */
  release?: string;
  services: ServiceModelRow[];
}

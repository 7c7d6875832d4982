import type { JsonObject } from '../../../shared/cloudtrail-record.ts';
import type { NoiseReason } from './noise.ts';
import type { OperationMatch } from './match-rpc.ts';

export type WireProtocol = OperationMatch['wire'];

/**
 * A call the models recognise. Only "action" (changes a resource's configuration) is stored; "read"
 * changes nothing and "data-plane" works on data inside a resource (extension/capture/data-plane.ts).
 */
export interface RecognisedCall {
  kind: 'action' | 'read' | 'data-plane';
  /** Lower-case sdkId of the @aws-sdk client, e.g. "ec2", "elbv2" (aws-sdk v2 ids kept where they differ). */
  serviceId: string;
  /** CloudTrail eventSource, e.g. "ec2.amazonaws.com". */
  eventSource: string;
  operation: string;
  region: string;
  protocol: WireProtocol;
  /** Decoded request parameters (not yet redacted). */
  params: JsonObject | null;
  via: 'direct' | 'console-proxy';
}

/** An AWS request that matched no model; kept so CloudTrail can still confirm it. */
export interface UnclassifiedCall {
  kind: 'unclassified';
  serviceId: string | null;
  eventSource: string | null;
  operation: string | null;
  region: string | null;
  params: JsonObject | null;
  via: 'direct' | 'console-proxy';
  reason: string;
}

export interface NoiseCall {
  kind: 'noise';
  reason: NoiseReason | 'unmatched-read' | 'data-plane';
}

export type Classification = RecognisedCall | UnclassifiedCall | NoiseCall;

export function isStored(c: Classification): c is (RecognisedCall & { kind: 'action' }) | UnclassifiedCall {
  return c.kind === 'action' || c.kind === 'unclassified';
}

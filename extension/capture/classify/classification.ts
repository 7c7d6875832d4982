import type { JsonObject } from '../../../shared/cloudtrail-record.ts';
import type { NoiseReason } from './noise.ts';
import type { OperationMatch } from './match-rpc.ts';

export type WireProtocol = OperationMatch['wire'];

/** A call the models recognise. "action" changes something; "read" does not and is not stored. */
export interface RecognisedCall {
  kind: 'action' | 'read';
  /** aws-sdk service id, e.g. "ec2", "elbv2". */
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
  reason: NoiseReason | 'unmatched-read';
}

export type Classification = RecognisedCall | UnclassifiedCall | NoiseCall;

// The translator's internal model: events after normalization, resource state while folding, and the
// report that accounts for every input record.

import type { CloudTrailRecord, JsonObject } from '../shared/cloudtrail-record';
import type { Expr } from './hcl/ast';

/** One record after normalization, as a mapper sees it. */
export interface MapperEvent {
  readonly eventID: string;
  /** Epoch milliseconds. */
  readonly time: number;
  readonly eventTime: string;
  readonly eventSource: string;
  /** Event name with API-version suffixes removed (`CreateFunction20150331` becomes `CreateFunction`). */
  readonly eventName: string;
  readonly region: string;
  readonly accountId: string;
  /** Who made the call: the user name, role session or ARN, as readable as the record allows. */
  readonly actor: string;
  readonly request: JsonObject;
  readonly response: JsonObject;
  readonly record: CloudTrailRecord;
}

/** Nested blocks of a resource (`versioning_configuration { ... }`), one Fields per block. */
export interface Blocks {
  readonly kind: 'blocks';
  readonly items: Fields[];
}

/** A value CloudTrail never reveals (a password, a secret): printed as a sensitive variable. */
export interface SensitiveValue {
  readonly kind: 'sensitive';
  readonly description: string;
}

export type FieldValue = Expr | Blocks | SensitiveValue;

/** Arguments of a resource or nested block, printed in insertion order. */
export interface Fields {
  [name: string]: FieldValue | undefined;
}

export interface ResourceOrigin {
  readonly eventID: string;
  readonly eventTime: string;
  readonly actor: string;
}

/** One thing the session changed on a resource that existed before it. */
export interface SessionChange {
  /** `set instance_class = "db.m7g.large"`, `set tag "Owner" = "ana"`, `removed tag "Stage"`. */
  readonly text: string;
  readonly eventName: string;
  readonly eventID: string;
}

export interface ResourceState {
  readonly type: string;
  /** The identifier that is unique for the type within its region (bucket name, vpc-id, ARN …). */
  readonly id: string;
  /** '' for global resources (IAM, Route 53 …). */
  readonly region: string;
  readonly service: string;
  importId: string;
  fields: Fields;
  /** Literal values other resources may hold that mean this resource, by the attribute that exports them. */
  exports: Record<string, string>;
  /** Other identifiers the resource is looked up by (association ids, ARNs). */
  aliases: string[];
  nameHint: string;
  /** True when the session created it; false when the session only changed a resource that existed before. */
  created: boolean;
  origin: ResourceOrigin;
  /** Attributes listed in `lifecycle { ignore_changes = [...] }`, each with the reason. */
  ignoreChanges: { attribute: string; reason: string }[];
  /** Comment lines printed above the resource. */
  notes: string[];
  /** For a resource that existed before the session: what the session changed, in order. */
  sessionChanges: SessionChange[];
  /**
   * For a resource that existed before the session: an event stated its whole configuration (a type
   * whose spec claims `completeFrom` that event), so its block is printed, not generated.
   */
  complete: boolean;
  /**
   * Set when the session created the resource but its records do not state all of it (an S3 lifecycle
   * rule whose ID S3 generated): printed import-only, with this reason.
   */
  configFromAccount?: string;
  /** Values a mapper keeps for later events of this resource (ResourceDraft.remember); never printed. */
  remembered?: Record<string, FieldValue>;
  /** Set by naming. */
  name?: string;
}

export type Outcome = 'created' | 'updated' | 'deleted' | 'import-only' | 'ignored' | 'unsupported' | 'invalid';

export interface ReportEntry {
  eventID: string | null;
  eventSource: string | null;
  eventName: string | null;
  outcome: Outcome;
  /** Terraform addresses the record contributed to, e.g. `aws_s3_bucket.logs`. */
  addresses: string[];
  reason: string | null;
  /** Where the record came from: `file#index`. */
  input: string;
}

export interface TranslationWarning {
  readonly code: 'secret-variable' | 'import-only' | 'ignore-changes' | 'unconfirmed' | 'config-from-account';
  readonly message: string;
  readonly address?: string;
}

// What a service mapper is: a table of the resource types it produces and, keyed by CloudTrail event
// name, a small handler per event that creates, changes or removes resources through the fold context.
// Mappers never touch the state directly, so a handler that throws on a malformed record leaves
// nothing half-applied.

import type { Fields, FieldValue, MapperEvent } from '../model';

/** The provider doc page of a resource type, at its Import section (the version whose schema we check). */
export const providerDoc = (name: string): string => `https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/${name}#import`;

/** A type's provider doc page: its own `importDoc`, else the page named after the type (`aws_s3_bucket` → `s3_bucket`). */
export const importDocOf = (spec: Pick<ResourceTypeSpec, 'type' | 'importDoc'>): string => spec.importDoc ?? providerDoc(spec.type.replace(/^aws_/, ''));

export interface ResourceTypeSpec {
  /** Terraform type, e.g. `aws_s3_bucket`. */
  readonly type: string;
  /**
   * The provider doc page whose "Import" section gives the import ID format; derived from the type
   * (`importDocOf`) unless the page has another name.
   */
  readonly importDoc?: string;
  /** Required arguments per the hashicorp/aws schema (a test keeps this in step with the schema). */
  readonly required: readonly string[];
  /**
   * Arguments that hold another resource's identifier, by dotted path through nested blocks
   * (`vpc_config.subnet_ids`), with the types they may point at. Resolved into references in one pass.
   */
  readonly references?: Readonly<Record<string, readonly string[]>>;
  /** Global resources (IAM, Route 53 …) have no region: they use the default provider. */
  readonly global?: boolean;
  /** Event names (normalized) that create, change or delete this type; for the coverage table. */
  readonly events: readonly string[];
  /**
   * Import-only types: the event yields an import block and Terraform generates the resource block
   * (`terraform plan -generate-config-out`). Their `required` is left empty on purpose.
   */
  readonly importOnly?: boolean;
  /**
   * A resource of this type that existed before the session is adopted import-only (an import block;
   * `terraform plan -generate-config-out` writes its block from the account), unless one of these events
   * states its whole configuration. A type claims that here, and a test holds the claim against the
   * provider schema: every optional, non-computed argument is mapped from the event or listed in
   * `unmapped` with the reason it cannot differ.
   */
  readonly completeFrom?: CompleteFromClaim;
  /**
   * Its identity, declared once: the ARN shape, the ID prefix, how the import ID and the readable name
   * follow from the identifier, and which identifiers it exports. The fold fills `importId`,
   * `nameHint`, `exports` and `aliases` from it wherever a handler leaves them out, and the generic
   * tagging handlers (`tagging.ts`) find the type a tagged ARN or ID names through it.
   */
  readonly identity?: TypeIdentity;
}

export interface TypeIdentity {
  /**
   * The ARN shape: `arn:{partition}:sqs:{region}:{account}:{id}`. `{partition}`, `{region}` and
   * `{account}` come from the event (so the ARN is right in China and GovCloud); `{id}` is the
   * identifier the resource is keyed by; any other `{name}` matches one segment when parsing.
   */
  readonly arn?: string;
  /**
   * The identifier from the ARN's named segments, when it is made of several (`{cluster}` and `{name}`
   * of an EKS node group's ARN give `cluster:name`); default the `{id}` segment.
   */
  readonly idFromArn?: (segments: Readonly<Record<string, string>>) => string;
  /** The identifier may itself hold `:` (a Cognito identity pool's `us-east-1:UUID`): `{id}` then matches it. */
  readonly idHoldsColons?: boolean;
  /**
   * The other named segments from the identifier, when it is made of several (the inverse of
   * `idFromArn`: a GuardDuty filter keyed `detector:name` gives `{detector}` and `{name}`), so its ARN
   * is built from the template too; `{account}` too when the identifier holds it (a Glue catalog ID).
   */
  readonly segments?: (id: string) => Readonly<Record<string, string>>;
  /** The identifier is the whole ARN (ELBv2 load balancers): the template only recognizes it. */
  readonly keyedByArn?: boolean;
  /** IDs of this shape start with it (`vpc-`): a tagging call naming an ID finds the type by it. */
  readonly idPrefix?: string;
  /**
   * A call may also name it by its name, any value that is not an ARN (Secrets Manager's `SecretId`):
   * such a value is recognized as this type's, its identifier the name.
   */
  readonly byName?: boolean;
  /** The import ID from the identifier, when they differ (`terraform import` format in the provider doc). */
  readonly importId?: (id: string) => string;
  /** What the Terraform name is made from, when not the identifier itself. */
  readonly nameHint?: (id: string) => string;
  /**
   * Attributes other resources may hold for it, in the order a reference prefers them: `arn` is the
   * ARN built from the template (or the id when keyed by ARN), every other attribute the identifier.
   */
  readonly exports?: readonly string[];
  /** The built ARN also finds the resource (`ctx.find(type, arn)`), for types not keyed by it. */
  readonly arnAlias?: boolean;
  /** The argument that holds the identifier (`function_name`): a resource adopted without fields starts with it. */
  readonly field?: string;
}

export interface CompleteFromClaim {
  /** Normalized event names whose record carries the whole object. */
  readonly events: readonly string[];
  /** Arguments (and nested blocks) the mapper sets from those events. */
  readonly mapped: readonly string[];
  /** Optional arguments the mapper does not set, each with why leaving it unset plans no change. */
  readonly unmapped: Readonly<Record<string, string>>;
}

export interface ResourceInit {
  /** The ID `terraform import` takes; default: the identifier the resource is keyed by. */
  readonly importId?: string;
  /** What its Terraform name is made from; default: the identifier. */
  readonly nameHint?: string;
  readonly fields?: Fields;
  readonly exports?: Record<string, string>;
  readonly aliases?: readonly string[];
}

export interface ResourceDraft {
  readonly type: string;
  readonly id: string;
  fields: Fields;
  exports: Record<string, string>;
  aliases: string[];
  nameHint: string;
  importId: string;
  readonly created: boolean;
  /** One argument, read without taking the mutable `fields` (which copies the resource into the event). */
  field(name: string): FieldValue | undefined;
  /** `lifecycle { ignore_changes }` entry with the reason, printed as a comment. */
  ignoreChanges(attribute: string, reason: string): void;
  note(text: string): void;
  /**
   * For a resource that existed before the session: a change no argument of this draft shows (a rule
   * edited inside an adopted group), listed on its import block and in the report.
   */
  sessionChange(text: string): void;
  /** The records do not state all of this resource: print only its import block, with this reason. */
  configFromAccount(reason: string): void;
  /** Keeps a value that is no argument but a later event may need (an IAM policy's version documents); never printed. */
  remember(key: string, value: FieldValue): void;
  recall(key: string): FieldValue | undefined;
}

export interface FoldContext {
  /** A resource the event creates. If one with the same identity exists it is replaced (a re-create). */
  create(type: string, id: string, init: ResourceInit): ResourceDraft;
  /** A resource whose whole configuration the event states (S3 bucket sub-resources): created or replaced. */
  put(type: string, id: string, init: ResourceInit): ResourceDraft;
  /** A resource the event changes: the session's own, or one that existed before (adopted, import-only). */
  change(type: string, id: string, adopt: ResourceInit): ResourceDraft;
  /** The resource with this identifier or alias, if the session has it. */
  find(type: string, idOrAlias: string): ResourceDraft | undefined;
  /** All resources of a type the session has so far (for lookups by attribute). */
  all(type: string): ResourceDraft[];
  /**
   * all(type) filtered by `id.startsWith(prefix)` (a parent's children), in the same order, without
   * looking at the type's other resources.
   */
  allWithIdPrefix(type: string, prefix: string): ResourceDraft[];
  /**
   * all(type) filtered to the resources whose argument `field` is the string `value` or a list holding
   * it, without looking at the type's others; in no order a handler may rely on.
   */
  allHolding(type: string, field: string, value: string): ResourceDraft[];
  /** Removes a resource; a no-op when the session does not have it. */
  remove(type: string, idOrAlias: string): void;
  /** The event changes nothing the manifest holds. */
  ignore(reason: string): void;
  /** The event changes infrastructure in a form this mapper does not map yet (reported `unsupported`). */
  unsupported(reason: string): void;
}

export type EventHandler = (event: MapperEvent, ctx: FoldContext) => void;

export interface ServiceMapper {
  /** Output file name without `.tf`, e.g. `s3`. */
  readonly service: string;
  /** CloudTrail `eventSource`, e.g. `s3.amazonaws.com`. */
  readonly eventSource: string;
  readonly resources: readonly ResourceTypeSpec[];
  /** Handlers by normalized event name. */
  readonly events: Readonly<Record<string, EventHandler>>;
}

export type { Fields, FieldValue, MapperEvent };

/**
 * Handler tables merged into one: unlike object spreading, a key two tables define throws instead of
 * the later silently replacing the earlier.
 */
export function mergeHandlers(...tables: readonly Readonly<Record<string, EventHandler>>[]): Record<string, EventHandler> {
  const merged: Record<string, EventHandler> = {};
  for (const table of tables) {
    for (const [event, handler] of Object.entries(table)) {
      if (Object.hasOwn(merged, event)) throw new Error(`two handler tables define ${event}`);
      merged[event] = handler;
    }
  }
  return merged;
}

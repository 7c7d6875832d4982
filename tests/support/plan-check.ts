// A stand-in for the first `terraform plan` after import, for golden scenarios that adopt or modify
// resources. It reads the scenario's output (import blocks and resource blocks, parsed by HashiCorp's
// parser) and a fixture of each live resource as `terraform import` would read it (arguments and tags
// from the API's describe response, as JSON), and lists the arguments the plan would change.
//
// For each import target:
// - no resource block: `terraform plan -generate-config-out` writes the block from the live resource,
//   so nothing changes, provided the live fixture exists (the import ID names a real resource);
// - a resource block: every argument it sets must equal the live value, and every optional,
//   non-computed argument (or nested block) it leaves out must be unset in the live resource, or the
//   plan would reset it. `tags` is compared as a whole map: a partial map removes the other tags.
//   Arguments listed in `lifecycle { ignore_changes }` are skipped, as Terraform skips them.
//
// Where it is weaker than Terraform (documented, not hidden):
// - provider defaults are not in the schema JSON: a live value equal to a zero value (false, 0, "", an
//   empty list) or to a default in PROVIDER_DEFAULTS counts as unset, so a left-out argument whose real
//   default is neither is not caught;
// - references (`aws_vpc.main.id`) are resolved only to resources of the same output whose live fixture
//   gives an `id`; otherwise they count as equal;
// - ForceNew is not in the schema JSON, so a change is listed, not classified as a replacement;
// - expressions other than references (`jsonencode({...})`) are not evaluated: they count as equal;
// - nested blocks are compared one level deep and in order; sets are compared as sorted lists;
// - Terraform-only arguments (skip_final_snapshot, recovery_window_in_days …) are not read back by import
//   and are not checked; neither are values the provider normalizes (JSON policies are compared parsed).

import { parseHcl, schemaSubset } from './hcl-oracle';

export interface LiveResource {
  /** Which API call and response field the values come from. */
  readonly source: string;
  readonly attributes: Record<string, unknown>;
}

export interface LiveFixture {
  readonly resources: Record<string, LiveResource>;
}

type Parsed = { import?: { to: string; id: string }[]; resource?: Record<string, Record<string, Record<string, unknown>[]>> };

const META = new Set(['provider', 'lifecycle', 'depends_on', 'count', 'for_each']);

/**
 * Provider defaults the schema JSON does not carry, for the types the scenarios check: a live value equal
 * to one plans no change when the argument is left out. From the provider's docs (Argument Reference).
 */
const PROVIDER_DEFAULTS: Record<string, Record<string, unknown>> = {
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/kms_key#argument-reference
  aws_kms_key: { customer_master_key_spec: 'SYMMETRIC_DEFAULT', is_enabled: true, key_usage: 'ENCRYPT_DECRYPT' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/db_instance#argument-reference
  aws_db_instance: { auto_minor_version_upgrade: true, delete_automated_backups: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/rds_cluster_instance#argument-reference
  aws_rds_cluster_instance: { auto_minor_version_upgrade: true },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/sqs_queue#argument-reference
  aws_sqs_queue: { max_message_size: 262144, message_retention_seconds: 345600, visibility_timeout_seconds: 30 },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/scheduler_schedule#state
  aws_scheduler_schedule: { state: 'ENABLED' },
  // https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/transfer_server#domain
  aws_transfer_server: { domain: 'S3' },
};

function isUnset(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  return false;
}

function normalize(value: unknown): unknown {
  if (typeof value === 'string') {
    const t = value.trim();
    if ((t.startsWith('{') || t.startsWith('[')) && t.length > 1) {
      try {
        return normalize(JSON.parse(t));
      } catch {
        return value;
      }
    }
    return value;
  }
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

/** `${aws_vpc.main.id}` → the live id of aws_vpc.main, when the fixture has it. */
function resolve(value: unknown, live: LiveFixture): { value: unknown; known: boolean } {
  if (typeof value !== 'string' || !value.includes('${')) return { value, known: true };
  const m = /^\$\{([a-z0-9_]+\.[a-z0-9_]+)\.(id|arn|name)\}$/.exec(value);
  const target = m ? live.resources[m[1]!]?.attributes[m[2]!] : undefined;
  return target === undefined ? { value, known: false } : { value: target, known: true };
}

/** The arguments the first plan after import would change, as `address: argument (configured → live)`. */
export async function planChanges(files: Record<string, string>, live: LiveFixture): Promise<string[]> {
  const schema = schemaSubset();
  const imports: { to: string; id: string }[] = [];
  const blocks = new Map<string, Record<string, unknown>>();
  for (const [name, text] of Object.entries(files)) {
    if (!name.endsWith('.tf')) continue;
    const parsed = (await parseHcl(name, text)) as Parsed;
    for (const i of parsed.import ?? []) imports.push({ to: i.to.replace(/^\$\{|\}$/g, ''), id: i.id });
    for (const [type, byName] of Object.entries(parsed.resource ?? {})) for (const [n, [body]] of Object.entries(byName)) blocks.set(`${type}.${n}`, body ?? {});
  }
  const changes: string[] = [];
  for (const { to } of imports) {
    const resource = live.resources[to];
    if (!resource) {
      changes.push(`${to}: no live fixture (the import would fail or read something else)`);
      continue;
    }
    const body = blocks.get(to);
    if (!body) continue; // generated from the live resource: nothing to change
    const type = to.slice(0, to.indexOf('.'));
    const typeSchema = schema.resources[type];
    if (!typeSchema) {
      changes.push(`${to}: ${type} is not in the schema subset`);
      continue;
    }
    const lifecycle = (body.lifecycle as { ignore_changes?: string[] }[] | undefined)?.[0];
    const ignored = new Set((lifecycle?.ignore_changes ?? []).map((s) => s.replace(/^\$\{|\}$/g, '')));
    const names = new Set([...Object.keys(typeSchema.attributes), ...Object.keys(typeSchema.blocks ?? {})]);
    for (const name of names) {
      if (META.has(name) || ignored.has(name) || name === 'id' || name === 'region' || name === 'tags_all') continue;
      const attribute = typeSchema.attributes[name];
      const configurable = attribute ? attribute.required || (attribute.optional && !attribute.computed) : true;
      const liveValue = resource.attributes[name];
      if (Object.hasOwn(body, name)) {
        let configured: unknown = body[name];
        const r = resolve(configured, live);
        if (!r.known) continue;
        configured = r.value;
        if (attribute && Array.isArray(configured) && Array.isArray(liveValue) && JSON.stringify(attribute.type).startsWith('["set"')) {
          if (!same([...configured].sort(), [...liveValue].sort())) changes.push(`${to}: ${name} (${JSON.stringify(configured)} → live ${JSON.stringify(liveValue)})`);
          continue;
        }
        if (liveValue === undefined && isUnset(configured)) continue;
        if (!same(configured, liveValue)) changes.push(`${to}: ${name} (${JSON.stringify(configured)} → live ${JSON.stringify(liveValue)})`);
      } else if (configurable && !isUnset(liveValue) && !(Object.hasOwn(PROVIDER_DEFAULTS[type] ?? {}, name) && same(PROVIDER_DEFAULTS[type]![name], liveValue))) {
        changes.push(`${to}: ${name} (unset → live ${JSON.stringify(liveValue)}: the plan would reset it)`);
      }
    }
  }
  return changes;
}

// Turns the folded, named, linked resources into Terraform files: versions.tf, providers.tf,
// variables.tf (only when a secret needs one), imports.tf and one file per service.

import { compareText } from '../text-order';
import { attribute, block, comment, list, ref, str, type Block, type BodyItem } from '../hcl/ast';
import { joinTopLevel, printFile, printTopLevel } from '../hcl/printer';
import type { Fields, ResourceState, TranslationWarning } from '../model';
import { CAPTURED_EVENT_ID_PREFIX } from '../../shared/cloudtrail-record';
import type { ResourceTypeSpec } from '../services/mapper';
import { changeLine } from './session-changes';
import { isTagResource } from './tag-resources';
import { OWN_SECRET_PREFIX } from '../services/values';
import type { Expr } from '../hcl/ast';

export const TERRAFORM_REQUIRED_VERSION = '>= 1.5';
export const AWS_PROVIDER_VERSION = '~> 6.0';

export interface RenderInput {
  readonly resources: readonly ResourceState[];
  readonly specs: ReadonlyMap<string, ResourceTypeSpec>;
}

export interface RenderOutput {
  files: Record<string, string>;
  warnings: TranslationWarning[];
}

const providerAlias = (region: string) => region.replace(/-/g, '_');

/** The provider reference of a region outside the default one, built once per region. */
const PROVIDERS = new Map<string, Expr>();

function provider(region: string): Expr {
  let found = PROVIDERS.get(region);
  if (found === undefined) {
    found = ref(`aws.${providerAlias(region)}`);
    PROVIDERS.set(region, found);
  }
  return found;
}

/** The default region is the one of the first regional resource; global-only sessions use us-east-1. */
export function chooseDefaultRegion(resources: readonly ResourceState[]): string {
  let first: ResourceState | undefined;
  for (const r of resources) {
    // The earliest first event wins; ties keep the earlier resource, as a stable sort would.
    if (r.region !== '' && (first === undefined || compareText(r.origin.eventTime, first.origin.eventTime) < 0)) first = r;
  }
  return first?.region ?? 'us-east-1';
}

function versionsFile(): string {
  return printFile([
    block('terraform', [], [
      attribute('required_version', str(TERRAFORM_REQUIRED_VERSION)),
      block('required_providers', [], [
        attribute('aws', { kind: 'object', entries: [['source', str('hashicorp/aws')], ['version', str(AWS_PROVIDER_VERSION)]] }),
      ]),
    ]),
  ]);
}

function providersFile(regions: readonly string[]): string {
  return printFile(
    regions.map((region, i) =>
      block('provider', ['aws'], i === 0 ? [attribute('region', str(region))] : [attribute('alias', str(providerAlias(region))), attribute('region', str(region))]),
    ),
  );
}

function address(r: ResourceState): string {
  return `${r.type}.${r.name}`;
}

/**
 * The secret variables of one resource block. Names are unique across the whole manifest: two
 * resources of different types may share a name (`aws_db_instance.main`, `aws_rds_cluster.main`), and
 * a repeated block may hold a secret in each item; a second `variable` of one name is an error.
 */
interface SecretVariables {
  readonly blocks: Block[];
  /** Names used anywhere in the manifest so far. */
  readonly taken: Set<string>;
  /** This resource's own secrets (ownSecret references) by attribute: each is declared once. */
  readonly own: Map<string, string>;
}

function variableName(r: ResourceState, attr: string, taken: Set<string>): string {
  const base = `${r.name}_${attr}`.replace(/_+/g, '_');
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

interface Printable {
  readonly items: BodyItem[];
  readonly variables: Block[];
}

function sensitiveVariable(name: string, description: string): Block {
  return block('variable', [name], [attribute('description', str(description)), attribute('type', ref('string')), attribute('sensitive', { kind: 'bool', value: true })]);
}

/**
 * Replaces the resource's own secret references (ownSecret) by its variables, declaring each once.
 * An expression without such a reference is returned as it is: most have none, and copying every
 * list and object of every resource was a large share of the allocations of a render.
 */
function withOwnSecrets(expr: Expr, owner: ResourceState, variables: SecretVariables): Expr {
  switch (expr.kind) {
    case 'ref': {
      if (!expr.path.startsWith(OWN_SECRET_PREFIX)) return expr;
      const suffix = expr.path.slice(OWN_SECRET_PREFIX.length);
      let varName = variables.own.get(suffix);
      if (varName === undefined) {
        varName = variableName(owner, suffix, variables.taken);
        variables.own.set(suffix, varName);
        variables.blocks.push(sensitiveVariable(varName, `${suffix} of ${address(owner)}: a secret-looking value the session set, kept out of the manifest`));
      }
      return ref(`var.${varName}`);
    }
    case 'list': {
      const items = mapUnlessSame(expr.items, withOwnSecrets, owner, variables);
      return items === expr.items ? expr : { kind: 'list', items };
    }
    case 'object': {
      const entries = mapUnlessSame(expr.entries, entryWithOwnSecrets, owner, variables);
      return entries === expr.entries ? expr : { kind: 'object', entries };
    }
    case 'call': {
      const args = mapUnlessSame(expr.args, withOwnSecrets, owner, variables);
      return args === expr.args ? expr : { kind: 'call', name: expr.name, args };
    }
    default:
      return expr;
  }
}

type ObjectEntry = readonly [string, Expr];

function entryWithOwnSecrets(entry: ObjectEntry, owner: ResourceState, variables: SecretVariables): ObjectEntry {
  const value = withOwnSecrets(entry[1], owner, variables);
  return value === entry[1] ? entry : [entry[0], value];
}

/**
 * `items.map(fn)`, or `items` itself when fn returned every item unchanged. `fn` takes the owner and
 * the variables as arguments, so walking an expression makes no closure per list, object and call.
 */
function mapUnlessSame<T>(items: readonly T[], fn: (item: T, owner: ResourceState, variables: SecretVariables) => T, owner: ResourceState, variables: SecretVariables): readonly T[] {
  let out: T[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const mapped = fn(item, owner, variables);
    if (out === undefined && mapped !== item) out = items.slice(0, i);
    if (out !== undefined) out.push(mapped);
  }
  return out ?? items;
}

/** Appends the body items of `fields` to `out`: attributes first, then nested blocks. */
function fieldsToBody(fields: Fields, owner: ResourceState, path: string, variables: SecretVariables, out: BodyItem[]): BodyItem[] {
  let nested: BodyItem[] | undefined;
  for (const name in fields) {
    if (!Object.hasOwn(fields, name)) continue;
    const value = fields[name];
    if (value === undefined) continue;
    if (value.kind === 'blocks') {
      nested ??= [];
      for (const item of value.items) nested.push(block(name, [], fieldsToBody(item, owner, `${path}${name}_`, variables, [])));
    } else if (value.kind === 'sensitive') {
      const varName = variableName(owner, `${path}${name}`, variables.taken);
      variables.blocks.push(
        block('variable', [varName], [
          attribute('description', str(value.description)),
          attribute('type', ref('string')),
          attribute('sensitive', { kind: 'bool', value: true }),
        ]),
      );
      out.push(attribute(name, ref(`var.${varName}`)));
    } else {
      out.push(attribute(name, withOwnSecrets(value, owner, variables)));
    }
  }
  if (nested !== undefined) for (const item of nested) out.push(item);
  return out;
}

function originComment(r: ResourceState): string {
  const verb = r.created ? 'Created' : 'Changed';
  const source = r.origin.eventID.startsWith(CAPTURED_EVENT_ID_PREFIX)
    ? `captured in the browser, not yet confirmed by CloudTrail: ${r.origin.eventID.slice(CAPTURED_EVENT_ID_PREFIX.length)}`
    : `CloudTrail event ${r.origin.eventID}`;
  return `${verb} by ${r.origin.actor} at ${r.origin.eventTime} (${source})`;
}

function resourceBlock(r: ResourceState, defaultRegion: string, extraNotes: readonly string[], takenVariableNames: Set<string>): Printable {
  const variables: SecretVariables = { blocks: [], taken: takenVariableNames, own: new Map() };
  const body: BodyItem[] = [];
  if (r.region !== '' && r.region !== defaultRegion) body.push(attribute('provider', provider(r.region)));
  fieldsToBody(r.fields, r, '', variables, body);
  if (r.ignoreChanges.length > 0) {
    const lifecycle: BodyItem[] = [...new Set(r.ignoreChanges.map((i) => i.reason))].map((reason) => comment(reason));
    lifecycle.push(attribute('ignore_changes', list(r.ignoreChanges.map((i) => ref(i.attribute)))));
    body.push(block('lifecycle', [], lifecycle));
  }
  const comments = [originComment(r), ...extraNotes, ...r.notes];
  return { items: [block('resource', [r.type, r.name!], body, comments)], variables: variables.blocks };
}

/**
 * False when only an import block is printed and Terraform generates the resource block: import-only
 * types, and every resource that existed before the session unless an event stated its whole
 * configuration (the type's `completeFrom` claim). A partial block would plan changes: omitted optional
 * arguments reset, other tags removed, replace-forcing arguments such as `storage_encrypted` flipped.
 */
export function hasConfig(r: ResourceState, spec: ResourceTypeSpec | undefined): boolean {
  if (spec?.importOnly || r.configFromAccount !== undefined) return false;
  if (r.created) return true;
  // Adopted: only when an event stated its whole configuration, every required argument included.
  return r.complete && (spec === undefined || spec.required.every((name) => r.fields[name] !== undefined));
}

/** `this session set …` lines for an adopted resource's import block (one per change). */
function sessionChangeLines(r: ResourceState): string[] {
  return r.sessionChanges.map((c) => `this session ${changeLine(c)}`);
}

export function render({ resources, specs }: RenderInput): RenderOutput {
  const warnings: TranslationWarning[] = [];
  const files: Record<string, string> = {};
  const defaultRegion = chooseDefaultRegion(resources);
  const regions = [defaultRegion, ...[...new Set(resources.map((r) => r.region))].filter((r) => r !== '' && r !== defaultRegion).sort()];
  files['versions.tf'] = versionsFile();
  files['providers.tf'] = providersFile(regions);

  const addresses = new Map(resources.map((r) => [r, address(r)] as const));
  const ordered = [...resources].sort(
    (a, b) => compareText(a.origin.eventTime, b.origin.eventTime) || compareText(addresses.get(a)!, addresses.get(b)!),
  );
  // Each block is printed as soon as it is built (one string per block), so neither a file's whole
  // syntax tree nor its lines are kept alive: at 100k records they were most of what the garbage
  // collector had to trace and copy.
  const byService = new Map<string, string[]>();
  const variables: Block[] = [];
  const variableNames = new Set<string>();
  const imports: string[] = [];
  for (const r of ordered) {
    const spec = specs.get(r.type);
    const addr = addresses.get(r)!;
    const importBody: BodyItem[] = [attribute('to', ref(addr)), attribute('id', str(r.importId))];
    if (r.region !== '' && r.region !== defaultRegion) importBody.push(attribute('provider', provider(r.region)));
    if (!hasConfig(r, spec)) {
      // Terraform writes the block itself: `terraform plan -generate-config-out=generated.tf`
      // (https://developer.hashicorp.com/terraform/language/import/generating-configuration).
      const comments = r.created
        ? [`${addr}: ${originComment(r).replace(/^Created/, 'created')}; ${r.configFromAccount ?? 'Trailform maps only its import.'}`]
        : [`${addr}: existed before the session; the account already holds what the session changed.`, ...sessionChangeLines(r)];
      imports.push(printTopLevel(block('import', [], importBody, [...comments, 'Its configuration comes from the account: run terraform plan -generate-config-out=generated.tf'])));
      warnings.push({
        code: 'config-from-account',
        address: addr,
        message: r.created
          ? `${addr}: Trailform maps only its import; generate its configuration with terraform plan -generate-config-out=generated.tf`
          : `${addr} existed before the session; generate its configuration with terraform plan -generate-config-out=generated.tf`,
      });
      continue;
    }
    imports.push(printTopLevel(block('import', [], importBody)));
    const extraNotes: string[] = [];
    if (!r.created) {
      // Only a type whose completeFrom claim a test holds against the provider schema gets here.
      if (!isTagResource(r.type)) extraNotes.push('It existed before the session; a session event stated its whole configuration.');
      extraNotes.push(...sessionChangeLines(r));
    }
    const printable = resourceBlock(r, defaultRegion, extraNotes, variableNames);
    let blocks = byService.get(r.service);
    if (blocks === undefined) {
      blocks = [];
      byService.set(r.service, blocks);
    }
    for (const item of printable.items) blocks.push(printTopLevel(item));
    for (const v of printable.variables) {
      variables.push(v);
      warnings.push({ code: 'secret-variable', address: addr, message: `${addr} needs the secret variable ${v.labels[0]}: set it with TF_VAR_${v.labels[0]} or a .tfvars file kept out of git` });
    }
    for (const i of r.ignoreChanges) {
      warnings.push({ code: 'ignore-changes', address: addr, message: `${addr}: ${i.attribute} is ignored after import (${i.reason})` });
    }
  }
  if (variables.length > 0) files['variables.tf'] = printFile(variables);
  if (imports.length > 0) files['imports.tf'] = joinTopLevel(imports);
  for (const service of [...byService.keys()].sort()) files[`${service}.tf`] = joinTopLevel(byService.get(service)!);
  return { files, warnings };
}

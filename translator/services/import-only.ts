// Import-only resource types as table rows: the create event is recognised and the import ID derived
// from the request or response; Terraform writes the resource block itself
// (`terraform plan -generate-config-out=generated.tf`,
// https://developer.hashicorp.com/terraform/language/import/generating-configuration).
// A row is all a new import-only type needs; `importOnlyTypes(rows)` turns rows into the specs and
// handlers a service mapper spreads into its own tables.

import { providerDoc, type EventHandler, type MapperEvent, type ResourceTypeSpec } from './mapper';
import { MalformedRecordError, optString } from './read';

export interface ImportOnlyRow {
  /** Terraform type, e.g. `aws_glue_catalog_database`. */
  readonly type: string;
  /** The provider doc page name when it is not the type's without `aws_` (its Import section gives the ID). */
  readonly doc?: string;
  /** Normalized name of the event that creates it. */
  readonly create: string;
  /** Other events that create it, holding the identifier at the same paths (`CreateMicrosoftAD`, `ConnectDirectory`). */
  readonly alsoCreatedBy?: readonly string[];
  /** Global types (IAM, CloudFront) have no region: they use the default provider. */
  readonly global?: boolean;
  /**
   * Where the identifier is: dotted paths starting with `request.` or `response.`, tried in order,
   * or a function for IDs assembled from several fields (`catalog:database`).
   */
  readonly id: readonly string[] | ((event: MapperEvent) => string | undefined);
  /** Where a readable name is, when the identifier is an opaque ID (default: the identifier's last readable part). */
  readonly name?: readonly string[];
  /** Builds the import ID from the identifier when they differ (default: the identifier itself). */
  readonly importId?: (id: string, event: MapperEvent) => string;
  /** Normalized name of the event that deletes it, and where that event holds the identifier. */
  readonly delete?: string;
  readonly deleteId?: readonly string[] | ((event: MapperEvent) => string | undefined);
  /**
   * Normalized names of events that change it, and where they hold the identifier (default: `deleteId`,
   * else `id`). One the session did not create is adopted import-only, the change listed on its import block.
   */
  readonly update?: readonly string[];
  readonly updateId?: readonly string[] | ((event: MapperEvent) => string | undefined);
  /**
   * Other types that take these changes when the session holds one with the same identifier: a domain
   * the session registered (aws_route53domains_domain) is not also adopted as a registered domain.
   */
  readonly updatesFoldInto?: readonly string[];
  /** What the Terraform name is made from, when the identifier's last segment says little (`…/v/1.2.0/1.10`). */
  readonly nameHint?: (id: string) => string;
}

const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/** The string at a dotted path starting with `request.` or `response.`. */
function readPath(event: MapperEvent, path: string): string | undefined {
  const [side, ...rest] = path.split('.');
  return optString(side === 'response' ? event.response : event.request, rest.join('.'));
}

function locate(event: MapperEvent, where: ImportOnlyRow['id'], what: string): string {
  const found = typeof where === 'function' ? where(event) : where.map((path) => readPath(event, path)).find((v) => v !== undefined);
  if (found === undefined) {
    const paths = typeof where === 'function' ? 'its fields' : where.join(' or ');
    throw new MalformedRecordError(`cannot find the ${what} identifier in ${paths}`);
  }
  return found;
}

/** The readable part of an identifier: the last segment of an ARN or path that is not a version number. */
function nameHintOf(id: string): string {
  const segments = id.split(/[/:|,]/).filter((s) => s !== '' && !/^\d+(\.\d+)*$/.test(s) && s !== '$LATEST');
  return segments[segments.length - 1] ?? id;
}

export function importOnlyTypes(rows: readonly ImportOnlyRow[]): { resources: ResourceTypeSpec[]; events: Record<string, EventHandler> } {
  const resources: ResourceTypeSpec[] = [];
  const events: Record<string, EventHandler> = {};
  for (const row of rows) {
    const creates = [row.create, ...(row.alsoCreatedBy ?? [])];
    resources.push({
      type: row.type,
      importDoc: row.doc === undefined ? undefined : providerDoc(row.doc),
      required: [],
      importOnly: true,
      ...(row.global ? { global: true } : {}),
      events: [...creates, ...(row.delete ? [row.delete] : []), ...(row.update ?? [])],
    });
    for (const create of creates) {
      if (events[create]) throw new Error(`${create} is claimed twice`);
      events[create] = (event, ctx) => {
        const id = locate(event, row.id, row.type);
        if (id.includes(HIDDEN)) return ctx.unsupported(`CloudTrail hides the ${row.type} identifier (${HIDDEN}): this record cannot name its import`);
        // CloudTrail hides some names (identity store users): such a name is no name.
        const name = row.name?.map((path) => readPath(event, path)).find((v) => v !== undefined && v !== HIDDEN);
        ctx.create(row.type, id, { importId: row.importId?.(id, event) ?? id, nameHint: name ?? row.nameHint?.(id) ?? nameHintOf(id) });
      };
    }
    if (row.delete) {
      if (events[row.delete]) throw new Error(`${row.delete} is claimed twice`);
      events[row.delete] = (event, ctx) => ctx.remove(row.type, locate(event, row.deleteId ?? row.id, row.type));
    }
    for (const name of row.update ?? []) {
      if (events[name]) throw new Error(`${name} is claimed twice`);
      events[name] = (event, ctx) => {
        const id = locate(event, row.updateId ?? row.deleteId ?? row.id, row.type);
        const type = row.updatesFoldInto?.find((other) => ctx.find(other, id) !== undefined) ?? row.type;
        ctx.change(type, id, { importId: row.importId?.(id, event) ?? id, nameHint: row.nameHint?.(id) ?? nameHintOf(id) });
      };
    }
  }
  return { resources, events };
}

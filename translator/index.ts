// translate(records, options) -> { files, report }: the whole translator as one pure function.
// Runs in Node, in the extension and in the CLI; it never touches a browser API or the AWS SDK.

import type { CloudTrailRecord } from '../shared/cloudtrail-record';
import type { ReportEntry, ResourceState, SessionChange, TranslationWarning } from './model';
import { classify, type InputRecord } from './pipeline/normalize';
import { isConsoleOriginated, madeBy } from './pipeline/console-origin';
import { foldEvent, handlerFor, ResourceStore } from './pipeline/fold';
import { assignNames } from './pipeline/naming';
import { resolveReferences } from './pipeline/references';
import { hasConfig, render } from './pipeline/render';
import { changeLine } from './pipeline/session-changes';
import { moreSpecific, ownerOf } from './pipeline/service-owned';
import { isTagResource, tagResourcesFor } from './pipeline/tag-resources';
import { mappers as defaultMappers } from './services/registry';
import { notImportableReason, operationalReason } from './services/operational-events';
import type { ResourceTypeSpec, ServiceMapper } from './services/mapper';

export interface TranslateOptions {
  /** Keep only records made by this identity (user name, role session, or ARN). */
  readonly user?: string;
  /** Keep only records at or after / before this time. */
  readonly since?: Date;
  readonly until?: Date;
  /** Keep only records that score as console-originated. */
  readonly consoleOnly?: boolean;
  /**
   * Keep only records of this AWS account. Callers check input with accountsIn() first: changes of
   * several accounts must never be merged under one provider.
   */
  readonly account?: string;
  readonly mappers?: readonly ServiceMapper[];
  /**
   * Called as each phase ends, in this order (a phase with no work is still reported). For profiling:
   * `npm run bench` times the phases with it; the translator itself keeps no clock.
   */
  readonly onPhaseEnd?: (phase: TranslatePhase) => void;
}

/** The translator's phases, in the order they run. */
export const TRANSLATE_PHASES = ['classify', 'fold', 'tags', 'naming', 'references', 'render', 'report'] as const;
export type TranslatePhase = (typeof TRANSLATE_PHASES)[number];

export interface TranslateResult {
  /** File name → contents. */
  files: Record<string, string>;
  report: ReportEntry[];
  warnings: TranslationWarning[];
  resources: ResourceState[];
  /**
   * The AWS accounts whose changes the input holds (after the filters), with record counts. More than
   * one must never be merged under one provider: callers without `account` refuse it (MultipleAccountsError).
   */
  accounts: Map<string, number>;
}

export type { InputRecord };
// The translator's public entry: what the extension and the CLI may use besides translate().
export * from './records';
export { orderedFileNames, singleFile } from './output';
export type { ReportEntry, ResourceState, TranslationWarning } from './model';

export function toInputs(records: readonly unknown[], source = 'input'): InputRecord[] {
  return records.map((value, i) => ({ value, input: `${source}#${i}` }));
}

/** Changes of several AWS accounts in one input: one manifest would put them under one provider. */
export class MultipleAccountsError extends Error {
  constructor(readonly accounts: ReadonlyMap<string, number>) {
    super(
      `the input changes ${accounts.size} AWS accounts (${[...accounts].map(([id, n]) => `${id}: ${n} record${n === 1 ? '' : 's'}`).join(', ')}); ` +
        'one manifest holds one account: translate each on its own (trailform translate --account <id>)',
    );
  }
}

/** The account a record changes: the recipient, else the caller's. */
function accountOf(record: CloudTrailRecord): string {
  return record.recipientAccountId ?? record.userIdentity?.accountId ?? '';
}

function filterReason(record: CloudTrailRecord, options: TranslateOptions): string | undefined {
  if (options.account !== undefined && accountOf(record) !== '' && accountOf(record) !== options.account) {
    return `account ${accountOf(record)}, not --account ${options.account}`;
  }
  if (options.since || options.until) {
    const time = Date.parse(record.eventTime);
    if (options.since && time < options.since.getTime()) return `before --since ${options.since.toISOString()}`;
    if (options.until && time > options.until.getTime()) return `after --until ${options.until.toISOString()}`;
  }
  if (options.user && !madeBy(record, options.user)) return `not made by --user ${options.user}`;
  if (options.consoleOnly && !isConsoleOriginated(record)) return 'not console-originated (--console-only)';
  return undefined;
}

function invalidEntry(value: unknown, input: string, reason: string): ReportEntry {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const pick = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : null);
  return { eventID: pick('eventID'), eventSource: pick('eventSource'), eventName: pick('eventName'), outcome: 'invalid', addresses: [], reason, input };
}

export function buildRegistry(mappers: readonly ServiceMapper[]) {
  const bySource = new Map<string, ServiceMapper>();
  const types = new Map<string, { spec: ResourceTypeSpec; mapper: ServiceMapper }>();
  for (const mapper of mappers) {
    if (bySource.has(mapper.eventSource)) throw new Error(`two mappers claim ${mapper.eventSource}`);
    bySource.set(mapper.eventSource, mapper);
    for (const spec of mapper.resources) {
      if (types.has(spec.type)) throw new Error(`two mappers declare ${spec.type}`);
      types.set(spec.type, { spec, mapper });
    }
  }
  return { bySource, types };
}

type Registry = ReturnType<typeof buildRegistry> & { readonly specs: ReadonlyMap<string, ResourceTypeSpec> };

/** Each mapper list's registry, built on its first translate rather than on every one. */
const registries = new WeakMap<readonly ServiceMapper[], Registry>();

function registryFor(mappers: readonly ServiceMapper[]): Registry {
  let registry = registries.get(mappers);
  if (registry === undefined) {
    const { bySource, types } = buildRegistry(mappers);
    registry = { bySource, types, specs: new Map([...types].map(([t, i]) => [t, i.spec])) };
    registries.set(mappers, registry);
  }
  return registry;
}

/** The owner when every resource an event touched belongs to another service (itself or by its identifier). */
function ownerOfAll(keys: readonly string[], store: ResourceStore, owned: { readonly ownedBy: ReadonlyMap<string, string>; readonly ownedIds: ReadonlyMap<string, string> }): string | undefined {
  if (owned.ownedBy.size === 0) return undefined; // nothing is owned (the common case)
  let owner: string | undefined;
  for (const key of keys) {
    const ownerKey = owned.ownedBy.has(key) ? key : sharedIdentifierKey(store.resources.get(key), owned.ownedIds);
    const found = ownerKey === undefined ? undefined : owned.ownedBy.get(ownerKey);
    if (found === undefined) return undefined;
    owner ??= found;
  }
  return owner;
}

/** The key of an owned resource that has one of `r`'s identifiers. */
function sharedIdentifierKey(r: ResourceState | undefined, ownedIds: ReadonlyMap<string, string>): string | undefined {
  if (r === undefined) return undefined;
  const byId = ownedIds.get(`${r.region}|${r.id}`);
  if (byId !== undefined) return byId;
  for (const alias of r.aliases) {
    const byAlias = ownedIds.get(`${r.region}|${alias}`);
    if (byAlias !== undefined) return byAlias;
  }
  return undefined;
}

/**
 * Each resource's session changes by event ID, indexed on first use: the report asks for one event's
 * changes per entry, and scanning the whole list each time was quadratic for a resource changed by
 * thousands of events (a function deployed all month).
 */
function changesByEvent(): (r: ResourceState, eventID: string | null) => readonly SessionChange[] {
  const indexes = new Map<ResourceState, Map<string, SessionChange[]>>();
  return (r, eventID) => {
    if (eventID === null) return [];
    let index = indexes.get(r);
    if (index === undefined) {
      index = new Map();
      for (const c of r.sessionChanges) {
        const list = index.get(c.eventID);
        if (list === undefined) index.set(c.eventID, [c]);
        else list.push(c);
      }
      indexes.set(r, index);
    }
    return index.get(eventID) ?? [];
  };
}

export function translate(inputs: readonly InputRecord[], options: TranslateOptions = {}): TranslateResult {
  const { bySource, types, specs } = registryFor(options.mappers ?? defaultMappers);
  const store = new ResourceStore(types);
  const phaseEnd = options.onPhaseEnd ?? ((): void => {});
  const classified = classify(inputs);
  phaseEnd('classify');
  const entries: ReportEntry[] = [];
  /** Resource keys each entry's event touched, by entry index (resolved to addresses after naming). */
  const touchedKeys: string[][] = [];
  const actions: { index: number; event: (typeof classified)[number] & { kind: 'action' } }[] = [];

  for (const item of classified) {
    if (item.kind === 'duplicate') continue; // the first copy carries the report entry
    if (item.kind === 'invalid') {
      entries.push(invalidEntry(item.value, item.input, item.reason));
      continue;
    }
    const record = item.kind === 'action' ? item.event.record : item.record;
    const filtered = filterReason(record, options);
    const reason = filtered ?? (item.kind === 'skip' ? item.reason : null);
    entries.push({
      eventID: record.eventID,
      eventSource: record.eventSource,
      eventName: record.eventName,
      outcome: reason !== null ? 'ignored' : 'unsupported',
      addresses: [],
      reason,
      input: item.input,
    });
    if (reason === null && item.kind === 'action') actions.push({ index: entries.length - 1, event: item });
  }

  const accounts = new Map<string, number>();
  for (const { event } of actions) if (event.event.accountId !== '') accounts.set(event.event.accountId, (accounts.get(event.event.accountId) ?? 0) + 1);
  /** Resource key → the service that owns it (`CloudFormation stack web-stack`). */
  const ownedBy = new Map<string, string>();
  /** `region|identifier` of owned resources → their key. */
  const ownedIds = new Map<string, string>();
  const ownedEntries: { index: number; keys: string[]; owner: string }[] = [];
  actions.sort((a, b) => a.event.event.time - b.event.event.time || a.index - b.index);
  for (const { index, event } of actions) {
    const entry = entries[index]!;
    const mapper = bySource.get(event.event.eventSource);
    const handled = mapper !== undefined && handlerFor(mapper, event.event.eventName) !== undefined;
    const operational = handled ? undefined : operationalReason(event.event.eventSource, event.event.eventName);
    if (operational) {
      entry.outcome = 'ignored';
      entry.reason = operational;
      continue;
    }
    const notImportable = handled ? undefined : notImportableReason(event.event.eventSource, event.event.eventName);
    if (notImportable) {
      entry.reason = notImportable;
      continue;
    }
    if (!mapper) {
      entry.reason = `no mapping for ${event.event.eventSource} ${event.event.eventName}`;
      continue;
    }
    const result = foldEvent(store, mapper, event.event);
    // What another service made for the user stays with that service: folded (so later events find
    // it), then left out of the manifest, whose owner is the stack / environment / app. A resource of
    // the same identifier (a bucket's versioning, keyed by the bucket) belongs to the same owner.
    const owner = ownerOf(event.event.record) ?? ownerOfAll(result.keys, store, { ownedBy, ownedIds });
    if (owner !== undefined) {
      for (const key of result.keys) {
        const r = store.resources.get(key);
        if (!r) continue;
        const known = ownedBy.get(key);
        if (known === undefined || moreSpecific(owner, known)) ownedBy.set(key, owner);
        for (const id of [r.id, ...r.aliases]) ownedIds.set(`${r.region}|${id}`, key);
      }
      entry.outcome = 'ignored';
      ownedEntries.push({ index, keys: result.keys, owner });
      continue;
    }
    entry.outcome = result.outcome;
    entry.reason = result.reason;
    touchedKeys[index] = result.keys;
  }
  phaseEnd('fold');

  // Reasons name the owner as precisely as the whole session tells it (a later tagging call names the stack).
  for (const { index, keys, owner } of ownedEntries) {
    const named = keys.map((k) => ownedBy.get(k)).find((o) => o !== undefined && moreSpecific(o, owner)) ?? owner;
    entries[index]!.reason = `owned by ${named}: its owner, not this manifest, manages it`;
  }
  // An adopted resource the session only tagged becomes its single-tag resources (tag-resources.ts).
  const replacedBy = new Map<string, ResourceState[]>();
  for (const [key, r] of store.resources) {
    if (ownedBy.has(key)) continue;
    const tags = tagResourcesFor(r);
    if (tags) replacedBy.set(key, tags);
  }
  const resources: ResourceState[] = [];
  for (const [key, r] of store.resources) {
    if (ownedBy.has(key)) continue;
    const replacements = replacedBy.get(key);
    if (replacements === undefined) resources.push(r);
    else resources.push(...replacements);
  }
  phaseEnd('tags');
  assignNames(resources);
  phaseEnd('naming');
  const printable = resources.filter((r) => hasConfig(r, specs.get(r.type)));
  resolveReferences(resources, specs, printable);
  phaseEnd('references');
  const { files, warnings } = render({ resources, specs });
  phaseEnd('render');

  const changesOf = changesByEvent();
  entries.forEach((entry, index) => {
    const keys = touchedKeys[index];
    if (!keys) return;
    const removedBy: string[] = [];
    const adopted: string[] = [];
    for (const key of keys) {
      const stored = ownedBy.has(key) ? undefined : store.resources.get(key);
      if (!stored) {
        if (!ownedBy.has(key) && store.removed.has(key) && entry.outcome !== 'deleted') removedBy.push(store.removed.get(key)!);
        continue;
      }
      // A resource replaced by its single-tag resources: the ones this event set.
      const shown = replacedBy.get(key)?.filter((t) => changesOf(t, entry.eventID).length > 0) ?? [stored];
      for (const r of shown) {
        entry.addresses.push(`${r.type}.${r.name}`);
        if (r.created) continue;
        const mine = changesOf(r, entry.eventID).map(changeLine);
        const how = hasConfig(r, specs.get(r.type)) ? 'its block states the whole configuration' : 'import-only: terraform plan -generate-config-out writes its block from the account';
        const subject = isTagResource(r.type) ? 'tags a resource that existed before the session' : 'existed before the session';
        adopted.push(`${r.type}.${r.name} ${subject} (${how})${mine.length > 0 ? `; this session ${mine.join('; ')}` : ''}`);
      }
    }
    if (adopted.length > 0) entry.reason = [entry.reason, ...adopted].filter(Boolean).join('; ');
    if (removedBy.length > 0) {
      entry.reason = [entry.reason, `deleted later in the session (event ${[...new Set(removedBy)].join(', ')})`].filter(Boolean).join('; ');
    }
  });
  phaseEnd('report');
  return { files, report: entries, warnings, resources, accounts };
}

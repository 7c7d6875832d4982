// Folds normalized events into resource state: each event's handler runs against a transaction, and
// only a handler that finishes has its changes applied. The outcome of each event follows from what
// its handler did.

import type { MapperEvent, Outcome, ResourceState, Fields, FieldValue, SessionChange } from '../model';
import type { EventHandler, FoldContext, ResourceDraft, ResourceInit, ServiceMapper, ResourceTypeSpec } from '../services/mapper';
import { identityDefaults } from '../services/identity';
import { MalformedRecordError } from '../services/read';
import { diffFields, eventOnly } from './session-changes';
import { IdPrefixIndex } from './id-prefix-index';
import { FieldValueIndex, holds } from './field-value-index';
import { addToSet } from './keyed-sets';

export interface FoldResult {
  outcome: Outcome;
  /** Resource keys the event contributed to. */
  keys: string[];
  reason: string | null;
}

interface TypeInfo {
  readonly spec: ResourceTypeSpec;
  readonly mapper: ServiceMapper;
}

export class ResourceStore {
  /** Written only through put() and drop(), which keep `keysByType` in step. */
  readonly resources = new Map<string, ResourceState>();
  /**
   * Keys by resource type, in the order `resources` holds them: a handler that looks at every resource
   * of one type (a deleted function's permissions) must not walk every resource of the session.
   */
  readonly #keysByType = new Map<string, Set<string>>();
  readonly #idPrefixes = new IdPrefixIndex();
  readonly #fieldValues = new FieldValueIndex();
  /** Alias (association id, ARN …) → resource key. */
  readonly aliases = new Map<string, string>();
  /** Keys of resources the session created and then deleted, with the deleting event. */
  readonly removed = new Map<string, string>();

  constructor(readonly types: ReadonlyMap<string, TypeInfo>) {}

  static key(type: string, region: string, id: string): string {
    return `${type}|${region}|${id}`;
  }

  put(key: string, state: ResourceState): void {
    const previous = this.resources.get(key);
    this.#fieldValues.stored(key, state, previous);
    this.resources.set(key, state);
    // A key's type and id never change: only a new key is filed by them.
    if (previous === undefined) {
      addToSet(this.#keysByType, state.type, key);
      this.#idPrefixes.added(state.type, key, state.id);
    }
  }

  drop(key: string): void {
    const state = this.resources.get(key);
    if (state === undefined) return;
    this.resources.delete(key);
    this.#keysByType.get(state.type)?.delete(key);
    this.#idPrefixes.removed(state.type, key, state.id);
    this.#fieldValues.dropped(key, state);
  }

  keysOfType(type: string): ReadonlySet<string> {
    return this.#keysByType.get(type) ?? EMPTY_KEYS;
  }

  /** keysOfType, only those whose id starts with `prefix` (not empty), looking at no others. */
  keysWithIdPrefix(type: string, prefix: string): ReadonlySet<string> {
    return this.#idPrefixes.keysWithPrefix(type, prefix, () => this.#keyedStates(type));
  }

  /** keysOfType, only those whose argument `field` holds `value` (fields or a list's items). */
  keysHolding(type: string, field: string, value: string): ReadonlySet<string> {
    return this.#fieldValues.keysHolding(type, field, value, () => this.#keyedStates(type));
  }

  *#keyedStates(type: string): Generator<readonly [string, ResourceState]> {
    for (const key of this.keysOfType(type)) yield [key, this.resources.get(key)!];
  }


  regionFor(type: string, eventRegion: string): string {
    return this.types.get(type)?.spec.global ? '' : eventRegion;
  }
}

const EMPTY_KEYS: ReadonlySet<string> = new Set();

function cloneValue(value: FieldValue): FieldValue {
  if (value.kind === 'blocks') return { kind: 'blocks', items: value.items.map(cloneFields) };
  return value; // Expr and SensitiveValue nodes are immutable
}

export function cloneFields(fields: Fields): Fields {
  const out: Fields = {};
  for (const k in fields) {
    const v = fields[k];
    if (v !== undefined && Object.hasOwn(fields, k)) out[k] = cloneValue(v);
  }
  return out;
}

/** A copy a transaction may change without touching `state`. */
function copyState(state: ResourceState): ResourceState {
  return {
    ...state,
    fields: cloneFields(state.fields),
    exports: { ...state.exports },
    aliases: [...state.aliases],
    ignoreChanges: [...state.ignoreChanges],
    ...(state.remembered ? { remembered: { ...state.remembered } } : {}),
    notes: [...state.notes],
    // Shared, not copied: changes are only added at commit (recordChange waits in `stated`).
    sessionChanges: state.sessionChanges,
  };
}

/**
 * A value that only names the resource: its id or import ID, a part of the import ID (`us-east-1_AbC` of
 * `us-east-1_AbC/support`, `vpc` of `vpc_sg`), or the prefix a composite import ID starts with (a
 * subscription's topic ARN).
 */
function namesResource(state: ResourceState, value: FieldValue | undefined): boolean {
  if (value?.kind !== 'string' || value.value === '') return false;
  const v = value.value;
  const { id, importId } = state;
  return v === id || v === importId || importId.split(/[_,:/|]/).includes(v) || importId.split(/[/,|]/).includes(v)
    || importId.startsWith(`${v}:`) || importId.startsWith(`${v}/`);
}

/**
 * The baseline of a resource the session first meets by changing it: the arguments that only name it,
 * so what remains after the event is the change.
 */
function identityFields(state: ResourceState): Fields {
  const out: Fields = {};
  for (const k in state.fields) if (Object.hasOwn(state.fields, k) && namesResource(state, state.fields[k])) out[k] = state.fields[k]!;
  return out;
}

/**
 * What a mapper holds while it changes a resource; writes go straight to the transaction's copy. A view
 * of all() starts without one: reading its identity costs nothing, and the copy is made when the mapper
 * writes or takes a mutable object (`fields`, `exports`, `aliases`). A delete that looks through a
 * type's resources for its dependents copies only those it touches.
 */
class DraftView implements ResourceDraft {
  #state: ResourceState | undefined;

  constructor(
    private readonly tx: Transaction,
    private readonly key: string,
    state?: ResourceState,
  ) {
    this.#state = state;
  }

  /** The resource as the transaction sees it, not copied. */
  private get read(): ResourceState {
    return this.#state ?? this.tx.current(this.key);
  }

  /** The transaction's copy, made on first use. */
  private get write(): ResourceState {
    return (this.#state ??= this.tx.copyForWrite(this.key));
  }

  get type() { return this.read.type; }
  get id() { return this.read.id; }
  get created() { return this.read.created; }
  get fields() { return this.write.fields; }
  set fields(f: Fields) { this.write.fields = f; }
  field(name: string): FieldValue | undefined { return this.read.fields[name]; }
  get exports() { return this.write.exports; }
  set exports(e: Record<string, string>) { this.write.exports = e; }
  get aliases() { return this.write.aliases; }
  set aliases(a: string[]) {
    const state = this.write;
    state.aliases = a;
    this.tx.noteAliases(state);
  }
  get nameHint() { return this.read.nameHint; }
  set nameHint(n: string) { this.write.nameHint = n; }
  get importId() { return this.read.importId; }
  set importId(i: string) { this.write.importId = i; }
  ignoreChanges(attribute: string, reason: string): void {
    const state = this.write;
    if (!state.ignoreChanges.some((i) => i.attribute === attribute)) state.ignoreChanges.push({ attribute, reason });
  }
  note(text: string): void {
    const state = this.write;
    if (!state.notes.includes(text)) state.notes.push(text);
  }
  configFromAccount(reason: string): void {
    this.write.configFromAccount = reason;
  }
  sessionChange(text: string): void {
    const state = this.write;
    if (!state.created) this.tx.recordChange(state, text);
  }
  remember(key: string, value: FieldValue): void {
    (this.write.remembered ??= {})[key] = value;
  }
  recall(key: string): FieldValue | undefined {
    return this.read.remembered?.[key];
  }
}

/** What an event did to a resource it touched. */
type TouchOp = 'created' | 'updated' | 'adopted' | 'deleted';

class Transaction implements FoldContext {
  readonly drafts = new Map<string, ResourceState>();
  readonly touched: { key: string; op: TouchOp }[] = [];
  ignoredReason: string | null = null;
  unsupportedReason: string | null = null;
  /** A delete of something the session never had: the resource existed before and is gone now. */
  deletedUnknown = false;
  // Created on first use: most events never need them, and there is one transaction per event.
  private removals: Set<string> | undefined;
  private newAliases: Map<string, string> | undefined;
  /**
   * Changes to adopted resources the mapper stated in words, by resource key: added to the resource at
   * commit, so a draft can share its resource's list of changes instead of copying it (a resource a
   * month of CloudTrail changed 30,000 times made every event copy 30,000 entries).
   */
  private stated: Map<string, SessionChange[]> | undefined;
  /** Adopted resources this event changed (through change()). */
  private adopted: Set<string> | undefined;
  /** Fields of each adopted resource before this event, to record what the event changed. */
  private baselines: Map<string, Fields> | undefined;

  constructor(
    private readonly store: ResourceStore,
    private readonly event: MapperEvent,
  ) {}

  private info(type: string): TypeInfo {
    const info = this.store.types.get(type);
    if (!info) throw new Error(`resource type ${type} is not declared by any mapper`);
    return info;
  }

  private keyOf(type: string, idOrAlias: string): string | undefined {
    const region = this.store.regionFor(type, this.event.region);
    const direct = ResourceStore.key(type, region, idOrAlias);
    if (this.removals?.has(direct)) return undefined;
    if (this.drafts.has(direct) || this.store.resources.has(direct)) return direct;
    const aliasKey = `${type}|${idOrAlias}`;
    const aliased = this.newAliases?.get(aliasKey) ?? this.store.aliases.get(aliasKey);
    if (aliased && this.removals?.has(aliased) !== true && (this.drafts.has(aliased) || this.store.resources.has(aliased))) return aliased;
    return undefined;
  }

  private draftFor(key: string): ResourceState | undefined {
    const existing = this.drafts.get(key);
    if (existing) return existing;
    const stored = this.store.resources.get(key);
    if (!stored) return undefined;
    const copy = copyState(stored);
    if (!stored.created) (this.baselines ??= new Map()).set(key, cloneFields(stored.fields));
    this.drafts.set(key, copy);
    return copy;
  }

  /** The key a resource of this event's region (or a global one) has. */
  private newKey(type: string, id: string): string {
    return ResourceStore.key(type, this.store.regionFor(type, this.event.region), id);
  }

  /** A new draft under `key` (newKey of its type and id). */
  private fresh(key: string, type: string, id: string, init: ResourceInit, created: boolean): ResourceState {
    const info = this.info(type);
    const region = this.store.regionFor(type, this.event.region);
    // What the handler leaves out follows from the identity the type declares.
    const defaults = identityDefaults(info.spec, id, this.event);
    const state: ResourceState = {
      type,
      id,
      region,
      service: info.mapper.service,
      importId: init.importId ?? defaults.importId,
      fields: cloneFields(init.fields ?? defaults.fields),
      exports: { ...(init.exports ?? defaults.exports) },
      aliases: [...(init.aliases ?? defaults.aliases)],
      nameHint: init.nameHint ?? defaults.nameHint,
      created,
      origin: { eventID: this.event.eventID, eventTime: this.event.eventTime, actor: this.event.actor },
      ignoreChanges: [],
      notes: [],
      sessionChanges: [],
      complete: false,
    };
    this.removals?.delete(key);
    if (created) this.baselines?.delete(key);
    else (this.baselines ??= new Map()).set(key, identityFields(state));
    this.drafts.set(key, state);
    return state;
  }

  private view(key: string, state: ResourceState): ResourceDraft {
    return new DraftView(this, key, state);
  }

  /** The resource under `key` as this event sees it so far, not copied (all() listed it). */
  current(key: string): ResourceState {
    const state = this.drafts.get(key) ?? this.store.resources.get(key);
    if (state === undefined) throw new Error(`no resource ${key}`);
    return state;
  }

  /**
   * The copy a view of all() writes to. One this event removed gets a copy of its own that nothing
   * commits, as when all() copied every resource before it was removed.
   */
  copyForWrite(key: string): ResourceState {
    if (this.removals?.has(key)) return copyState(this.current(key));
    return this.draftFor(key)!;
  }

  /** A change the mapper states in words; the field diff at commit will not repeat it as `changed it`. */
  recordChange(state: ResourceState, text: string): void {
    const key = ResourceStore.key(state.type, state.region, state.id);
    const change: SessionChange = { text, eventName: this.event.eventName, eventID: this.event.eventID };
    const stated = (this.stated ??= new Map()).get(key);
    if (stated === undefined) this.stated.set(key, [change]);
    else stated.push(change);
  }

  /** Called by DraftView when a mapper sets aliases, so later lookups in this event find them. */
  noteAliases(state: ResourceState): void {
    const key = ResourceStore.key(state.type, state.region, state.id);
    for (const alias of state.aliases) (this.newAliases ??= new Map()).set(`${state.type}|${alias}`, key);
  }

  /** Notes that the event touched the draft stored under `key` (one string per resource, not rebuilt). */
  private mark(state: ResourceState, op: TouchOp, key: string): void {
    for (const alias of state.aliases) (this.newAliases ??= new Map()).set(`${state.type}|${alias}`, key);
    // Creating a type Trailform maps only by its import block is reported as import-only.
    this.touched.push({ key, op: op === 'created' && this.info(state.type).spec.importOnly ? 'adopted' : op });
  }

  create(type: string, id: string, init: ResourceInit): ResourceDraft {
    const key = this.newKey(type, id);
    const state = this.fresh(key, type, id, init, true);
    this.mark(state, 'created', key);
    return this.view(key, state);
  }

  put(type: string, id: string, init: ResourceInit): ResourceDraft {
    const key = this.keyOf(type, id);
    const existing = key ? this.draftFor(key) : undefined;
    if (existing) {
      existing.fields = init.fields ? cloneFields(init.fields) : {};
      existing.configFromAccount = undefined;
      Object.assign(existing.exports, init.exports ?? {});
      this.mark(existing, 'updated', key!);
      return this.view(key!, existing);
    }
    return this.create(type, id, init);
  }

  change(type: string, id: string, adopt: ResourceInit): ResourceDraft {
    const found = this.keyOf(type, id);
    const existing = found ? this.draftFor(found) : undefined;
    const key = existing ? found! : this.newKey(type, id);
    const state = existing ?? this.fresh(key, type, id, adopt, false);
    if (!state.created) {
      (this.adopted ??= new Set()).add(key);
      if (this.info(type).spec.completeFrom?.events.includes(this.event.eventName)) state.complete = true;
    }
    this.mark(state, state.created ? 'updated' : 'adopted', key);
    return this.view(key, state);
  }

  /** Copied into the transaction only when the mapper writes to it (a lookup by a rule's group copies nothing). */
  find(type: string, idOrAlias: string): ResourceDraft | undefined {
    const key = this.keyOf(type, idOrAlias);
    return key ? new DraftView(this, key, this.drafts.get(key)) : undefined;
  }

  all(type: string): ResourceDraft[] {
    return this.views(this.store.keysOfType(type), (r) => r.type === type);
  }

  allWithIdPrefix(type: string, prefix: string): ResourceDraft[] {
    if (prefix === '') return this.all(type);
    return this.views(this.store.keysWithIdPrefix(type, prefix), (r) => r.type === type && r.id.startsWith(prefix));
  }

  allHolding(type: string, field: string, value: string): ResourceDraft[] {
    return this.views(this.store.keysHolding(type, field, value), (r) => r.type === type && holds(r, field, value));
  }

  /**
   * Views of the stored `keys`, then of this event's other drafts, none it removed. A resource this
   * event holds a copy of is judged by the copy (`matches`): the stored index knows the stored state.
   */
  private views(stored: ReadonlySet<string>, matches: (r: ResourceState) => boolean): ResourceDraft[] {
    const keys = new Set<string>();
    for (const key of stored) {
      const draft = this.drafts.get(key);
      if (draft === undefined || matches(draft)) keys.add(key);
    }
    for (const [key, r] of this.drafts) if (matches(r)) keys.add(key);
    const out: ResourceDraft[] = [];
    // A resource this event already holds a copy of is viewed through it, even if the event removes it.
    for (const key of keys) if (this.removals?.has(key) !== true) out.push(new DraftView(this, key, this.drafts.get(key)));
    return out;
  }

  remove(type: string, idOrAlias: string): void {
    const key = this.keyOf(type, idOrAlias);
    if (!key) {
      this.deletedUnknown = true;
      return;
    }
    this.drafts.delete(key);
    (this.removals ??= new Set()).add(key);
    this.touched.push({ key, op: 'deleted' });
  }

  ignore(reason: string): void {
    this.ignoredReason = reason;
  }

  unsupported(reason: string): void {
    this.unsupportedReason = reason;
  }

  commit(): void {
    if (this.removals !== undefined) {
      for (const key of this.removals) {
        if (this.store.resources.has(key)) this.store.removed.set(key, this.event.eventID);
        this.store.drop(key);
      }
    }
    for (const [key, state] of this.drafts) {
      const stated = this.stated?.get(key);
      if (stated !== undefined) for (const change of stated) state.sessionChanges.push(change);
      const before = this.baselines?.get(key);
      if (before && !state.created) {
        const changes = diffFields(before, state.fields, this.event, (name) => before[name] === undefined && namesResource(state, state.fields[name]));
        if (changes.length === 0 && this.adopted?.has(key) === true && stated === undefined) changes.push(eventOnly(this.event));
        for (const change of changes) state.sessionChanges.push(change);
      }
      this.store.put(key, state);
      for (const alias of state.aliases) this.store.aliases.set(`${state.type}|${alias}`, key);
    }
  }
}

function touchedAs(touched: readonly { readonly op: TouchOp }[], op: TouchOp): boolean {
  for (const t of touched) if (t.op === op) return true;
  return false;
}

/** The mapper's own handler for an event name (never an inherited property such as `toString`). */
export function handlerFor(mapper: ServiceMapper, eventName: string): EventHandler | undefined {
  return Object.hasOwn(mapper.events, eventName) ? mapper.events[eventName] : undefined;
}

export function foldEvent(store: ResourceStore, mapper: ServiceMapper, event: MapperEvent): FoldResult {
  const handler = handlerFor(mapper, event.eventName);
  if (!handler) {
    return { outcome: 'unsupported', keys: [], reason: `no mapping for ${event.eventSource} ${event.eventName}` };
  }
  const tx = new Transaction(store, event);
  try {
    handler(event, tx);
  } catch (error) {
    if (error instanceof MalformedRecordError) {
      return { outcome: 'invalid', keys: [], reason: `${event.eventName}: ${error.message}` };
    }
    // A shape no reader anticipated must not abort the run: the record is reported, nothing of it
    // applied, and the rest of the session is still translated.
    return { outcome: 'invalid', keys: [], reason: `${event.eventName}: a shape Trailform could not read (${error instanceof Error ? error.message : String(error)})` };
  }
  tx.commit();
  // Most events touch one or two resources: a Set per event only pays when there are many.
  let keys: string[] = [];
  if (tx.touched.length <= 8) {
    for (const t of tx.touched) if (!keys.includes(t.key)) keys.push(t.key);
  } else {
    keys = [...new Set(tx.touched.map((t) => t.key))];
  }
  if (tx.touched.length === 0 && tx.unsupportedReason !== null) {
    return { outcome: 'unsupported', keys: [], reason: tx.unsupportedReason };
  }
  if (tx.touched.length === 0 && tx.deletedUnknown) {
    return { outcome: 'deleted', keys: [], reason: 'deletes a resource that existed before the session: nothing to manage' };
  }
  if (tx.touched.length === 0) {
    return { outcome: 'ignored', keys: [], reason: tx.ignoredReason ?? 'changes nothing the manifest holds' };
  }
  const outcome: Outcome = touchedAs(tx.touched, 'created')
    ? 'created'
    : touchedAs(tx.touched, 'adopted')
      ? 'import-only'
      : touchedAs(tx.touched, 'updated')
        ? 'updated'
        : 'deleted';
  return { outcome, keys, reason: tx.ignoredReason };
}

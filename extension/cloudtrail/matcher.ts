// Pairs captured actions with CloudTrail events. Each action gets at most one event, each event at most
// one action: same eventSource and normalized eventName, same console identity, region and parameters
// consistent where both sides have them, event time within a tolerance of the capture time once the
// browser's clock offset is taken out; closest pairs first, ties broken by ids, so the result is
// deterministic. Events are keyed by eventID (CloudTrail may deliver a record twice).
import type { RecordedAction } from '../../shared/recorded-action.ts';
import type { CloudTrailRecord } from '../../shared/cloudtrail-record.ts';
import { normalizeEventName, isReadOnly, isConsoleOriginated } from '../../translator/records.ts';
import { GLOBAL_REGION, isGlobalEventSource } from './lookup-plan.ts';
import { paramsAgreement } from './params-agreement.ts';
import type { ActionOutcome, ConsoleIdentityKey, MatchResult, TrailEvent } from './types.ts';

export type MatchableAction = Pick<RecordedAction, 'id' | 'capturedAt' | 'kind' | 'eventSource' | 'operation' | 'region' | 'params'>;

export interface MatchOptions {
  /** Largest |event time − capture time| after the clock offset is removed. */
  toleranceMs: number;
  /** Largest browser clock error considered. */
  maxClockSkewMs: number;
}

const DEFAULT_MATCH_OPTIONS: MatchOptions = { toleranceMs: 30_000, maxClockSkewMs: 5 * 60_000 };

export interface MatchInput {
  actions: readonly MatchableAction[];
  events: readonly TrailEvent[];
  /** Known identity (from an earlier check or the session); null to learn it from the pairs. */
  identity: ConsoleIdentityKey | null;
  window: { startedAt: number; stoppedAt: number | null };
  options?: MatchOptions;
}

interface Edge { action: MatchableAction; event: TrailEvent; time: number; delta: number; agreed: number }

/**
 * Actions, and unclassified calls whose operation name is known (a console envelope or an unknown
 * service still names it), are paired with CloudTrail; otherwise one change would show twice, once as
 * unsupported and once as CloudTrail-only.
 */
export function isMatchable(action: MatchableAction): boolean {
  if (action.operation === null || action.operation === '') return false;
  if (action.kind === 'action') return action.eventSource !== null;
  return action.kind === 'unclassified';
}

function eventTime(e: TrailEvent): number {
  return Date.parse(e.record.eventTime);
}

function regionConsistent(action: MatchableAction, record: CloudTrailRecord): boolean {
  const region = record.awsRegion ?? GLOBAL_REGION;
  if (isGlobalEventSource(record.eventSource)) return region === GLOBAL_REGION || action.region === region;
  return action.region === null || action.region === region;
}

function identityOf(e: TrailEvent): ConsoleIdentityKey | null {
  const id = e.record.userIdentity;
  const arn = id?.arn ?? id?.principalId;
  if (!arn) return null;
  return { arn, accountId: id?.accountId ?? e.record.recipientAccountId ?? null, lookupUsername: e.lookupUsername };
}

function sameIdentity(e: TrailEvent, identity: ConsoleIdentityKey | null): boolean {
  if (!identity) return true;
  return identityOf(e)?.arn === identity.arn;
}

/** Keeps one event per eventID: the last one given (a later delivery replaces an earlier one). */
function uniqueEvents(events: readonly TrailEvent[]): TrailEvent[] {
  const byId = new Map<string, TrailEvent>();
  for (const e of events) byId.set(e.eventId, e);
  return [...byId.values()];
}

function candidateEdges(actions: readonly MatchableAction[], events: readonly TrailEvent[], identity: ConsoleIdentityKey | null, maxSkew: number, consoleOnly: boolean): Edge[] {
  const bySourceName = new Map<string, TrailEvent[]>();
  const add = (key: string, e: TrailEvent) => {
    const list = bySourceName.get(key) ?? [];
    list.push(e);
    bySourceName.set(key, list);
  };
  for (const e of events) {
    if (!sameIdentity(e, identity)) continue;
    if (consoleOnly && !isConsoleOriginated(e.record)) continue;
    const name = normalizeEventName(e.record.eventName);
    add(`${e.record.eventSource}|${name}`, e);
    add(`*|${name}`, e);
  }
  const edges: Edge[] = [];
  for (const action of actions) {
    // An unclassified call from a service without a public model (SSO's console envelope) has no
    // eventSource: its operation name, identity, region and time still pair it.
    for (const event of bySourceName.get(`${action.eventSource ?? '*'}|${action.operation}`) ?? []) {
      if (!regionConsistent(action, event.record)) continue;
      const agreement = paramsAgreement(action.params, event.record.requestParameters ?? null);
      if (!agreement.consistent) continue;
      const time = eventTime(event);
      const delta = time - action.capturedAt;
      if (Math.abs(delta) > maxSkew + DEFAULT_MATCH_OPTIONS.toleranceMs) continue;
      edges.push({ action, event, time, delta, agreed: agreement.agreed });
    }
  }
  return edges;
}

/**
 * The browser clock's offset from AWS: the delta that most candidate pairs agree on (within the
 * tolerance), the one nearest zero on a tie; the median of that cluster.
 */
export function estimateClockOffset(deltas: readonly number[], toleranceMs: number): number {
  if (deltas.length === 0) return 0;
  const sorted = [...deltas].sort((a, b) => a - b);
  let best: number[] = [];
  let bestCenter = Infinity;
  for (const d of sorted) {
    const cluster = sorted.filter((x) => Math.abs(x - d) <= toleranceMs);
    if (cluster.length > best.length || (cluster.length === best.length && Math.abs(d) < Math.abs(bestCenter))) {
      best = cluster;
      bestCenter = d;
    }
  }
  return best[Math.floor((best.length - 1) / 2)] as number;
}

function compareEdges(offset: number) {
  return (a: Edge, b: Edge): number =>
    Math.abs(a.delta - offset) - Math.abs(b.delta - offset)
    || b.agreed - a.agreed
    || a.action.capturedAt - b.action.capturedAt
    || a.action.id - b.action.id
    || a.time - b.time
    || (a.event.eventId < b.event.eventId ? -1 : a.event.eventId > b.event.eventId ? 1 : 0);
}

function pair(actions: readonly MatchableAction[], events: readonly TrailEvent[], identity: ConsoleIdentityKey | null, options: MatchOptions, consoleOnly = false) {
  const edges = candidateEdges(actions, events, identity, options.maxClockSkewMs, consoleOnly);
  const offset = estimateClockOffset(edges.map((e) => e.delta), options.toleranceMs);
  const usable = edges.filter((e) => Math.abs(e.delta - offset) <= options.toleranceMs).sort(compareEdges(offset));
  const byAction = new Map<number, Edge>();
  const usedEvents = new Set<string>();
  for (const edge of usable) {
    if (byAction.has(edge.action.id) || usedEvents.has(edge.event.eventId)) continue;
    byAction.set(edge.action.id, edge);
    usedEvents.add(edge.event.eventId);
  }
  return { byAction, usedEvents, offset, hadCandidates: new Set(edges.map((e) => e.action.id)) };
}

/**
 * The identity most console-originated pairs share (ties: the smallest ARN), with its LookupEvents user
 * name; unanimous when no pair points elsewhere. Tool-made calls (CLI, Terraform) are not evidence.
 */
function dominantIdentity(edges: Iterable<Edge>): { key: ConsoleIdentityKey; unanimous: boolean } | null {
  const counts = new Map<string, { n: number; key: ConsoleIdentityKey }>();
  for (const edge of edges) {
    if (!isConsoleOriginated(edge.event.record)) continue;
    const key = identityOf(edge.event);
    if (!key) continue;
    const c = counts.get(key.arn) ?? { n: 0, key };
    c.n += 1;
    c.key.lookupUsername ??= key.lookupUsername;
    counts.set(key.arn, c);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || (a.key.arn < b.key.arn ? -1 : 1));
  return ranked[0] ? { key: ranked[0].key, unanimous: ranked.length === 1 } : null;
}

function changesSomething(record: CloudTrailRecord): boolean {
  if (record.errorCode) return false;
  if (record.eventType && record.eventType !== 'AwsApiCall') return false;
  return !isReadOnly(record, normalizeEventName(record.eventName));
}

export function matchSession(input: MatchInput): MatchResult {
  const options = input.options ?? DEFAULT_MATCH_OPTIONS;
  const actions = [...input.actions].filter(isMatchable).sort((a, b) => a.capturedAt - b.capturedAt || a.id - b.id);
  const events = uniqueEvents(input.events);
  let identity = input.identity;
  let unanimous = identity !== null;
  // Without a known identity only console-made events may pair: a tool-made look-alike (another user's
  // CLI call) must not confirm an action, nor teach us who the console user is.
  let result = pair(actions, events, identity, options, identity === null);
  if (!identity) {
    // Learn who the console user is from those pairs, then pair again requiring that identity.
    const learned = dominantIdentity(result.byAction.values());
    if (learned) {
      identity = learned.key;
      unanimous = learned.unanimous;
      result = pair(actions, events, identity, options);
    }
  } else if (!identity.lookupUsername) {
    const learned = dominantIdentity(result.byAction.values());
    if (learned?.key.arn === identity.arn) identity = { ...identity, lookupUsername: learned.key.lookupUsername };
  }
  const outcomes: ActionOutcome[] = actions.map((action) => {
    const edge = result.byAction.get(action.id);
    if (edge) return { actionId: action.id, outcome: 'confirmed', eventId: edge.event.eventId, deltaMs: edge.delta };
    const reason = result.hadCandidates.has(action.id)
      ? 'CloudTrail has similar events, but none close enough in time or not already taken'
      : 'no CloudTrail event with the same service, operation, identity and parameters (yet)';
    return { actionId: action.id, outcome: 'captured-only', reason };
  });
  const cloudTrailOnly: string[] = [];
  if (identity) {
    // Session window on AWS's clock, with the tolerance either side.
    const from = input.window.startedAt + result.offset - options.toleranceMs;
    const to = input.window.stoppedAt === null ? Infinity : input.window.stoppedAt + result.offset + options.toleranceMs;
    const key = identity;
    for (const e of [...events].sort((a, b) => eventTime(a) - eventTime(b) || (a.eventId < b.eventId ? -1 : 1))) {
      if (result.usedEvents.has(e.eventId) || !sameIdentity(e, key)) continue;
      const t = eventTime(e);
      if (t < from || t > to) continue;
      if (!changesSomething(e.record) || !isConsoleOriginated(e.record)) continue;
      cloudTrailOnly.push(e.eventId);
    }
  }
  return { outcomes, cloudTrailOnly, identity, identityUnanimous: unanimous, clockOffsetMs: result.offset };
}

// What the session changed on a resource that existed before it. An adopted resource is printed as an
// import block alone (Terraform generates its block from the account, which already holds the change),
// so the change itself must stay visible: as a comment on the import block and in the report.

import { renderExpr } from '../hcl/printer';
import type { Expr } from '../hcl/ast';
import type { Fields, FieldValue, SessionChange } from '../model';

const MAX_VALUE = 120;

/** Arguments only Terraform holds (how to delete or apply), which a mapper sets but AWS never changed. */
const TERRAFORM_ONLY = new Set(['skip_final_snapshot', 'final_snapshot_identifier', 'apply_immediately', 'force_destroy', 'delete_automated_backups', 'recovery_window_in_days', 'force_delete']);

/** A value as one short HCL line (lists and objects collapsed, long values cut). */
function shortValue(value: Expr): string {
  const text = renderExpr(value, 0).replace(/\s*\n\s*/g, ' ');
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function tagEntries(value: FieldValue | undefined): Map<string, Expr> {
  const out = new Map<string, Expr>();
  if (value?.kind === 'object') for (const [k, v] of value.entries) out.set(k, v);
  return out;
}

/** Tag changes one key at a time: a tagging call says nothing about the resource's other tags. */
function tagChanges(before: FieldValue | undefined, after: FieldValue | undefined): string[] {
  const old = tagEntries(before);
  const now = tagEntries(after);
  const out: string[] = [];
  for (const [k, v] of now) if (!old.has(k) || !sameValue(old.get(k), v)) out.push(`set tag ${JSON.stringify(k)} = ${shortValue(v)}`);
  for (const k of old.keys()) if (!now.has(k)) out.push(`removed tag ${JSON.stringify(k)}`);
  return out;
}

/** A nested block on one line: `{ attribute_name = "expires_at", enabled = true }`. */
function blockText(fields: Fields): string {
  const parts = Object.entries(fields).flatMap(([k, v]) => (v === undefined ? [] : v.kind === 'blocks' ? v.items.map((i) => `${k} ${blockText(i)}`) : v.kind === 'sensitive' ? [`${k} = (a secret)`] : [`${k} = ${shortValue(v)}`]));
  const text = `{ ${parts.join(', ')} }`;
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 3)}… }` : text;
}

function describe(name: string, value: FieldValue | undefined): string {
  if (value === undefined) return `unset ${name}`;
  if (value.kind === 'blocks') return `set ${value.items.map((item) => `${name} ${blockText(item)}`).join(', ')}`;
  if (value.kind === 'sensitive') return `set ${name} (a secret, not shown)`;
  return `set ${name} = ${shortValue(value)}`;
}

/** The arguments whose value differs between before and after, each as a readable phrase (not those `isIdentity` names). */
export function diffFields(before: Fields, after: Fields, event: { eventName: string; eventID: string }, isIdentity: (name: string) => boolean = () => false): SessionChange[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: SessionChange[] = [];
  for (const name of names) {
    const a = before[name];
    const b = after[name];
    if (sameValue(a, b) || TERRAFORM_ONLY.has(name) || isIdentity(name)) continue;
    const phrases = name === 'tags' || name === 'tags_all' ? tagChanges(a, b) : [describe(name, b)];
    for (const text of phrases) out.push({ text, eventName: event.eventName, eventID: event.eventID });
  }
  return out;
}

/** `set instance_class = "db.m7g.large" (ModifyDBInstance, <eventID>)`. */
export function changeLine(change: SessionChange): string {
  return `${change.text} (${change.eventName}, ${change.eventID})`;
}

/** An event that changed the resource in a way no argument here shows (an attachment, a no-op tag). */
export function eventOnly(event: { eventName: string; eventID: string }): SessionChange {
  return { text: 'changed it', eventName: event.eventName, eventID: event.eventID };
}

// Builders mappers use to state Terraform values: literals typed as the provider schema wants,
// nested blocks, policies as jsonencode(), and secrets as sensitive variables.

import type { JsonValue } from '../../shared/cloudtrail-record';
import { call, fromJson, list, num, object, bool, str, type Expr } from '../hcl/ast';
import type { Blocks, Fields, SensitiveValue } from '../model';
import { optBool, optNumber, optString, stringList } from './read';

export const text = (value: string): Expr => str(value);
export const number = (value: number): Expr => num(value);
export const flag = (value: boolean): Expr => bool(value);
export const strings = (values: readonly string[]): Expr => list(values.map(str));

/** A map of strings (tags, environment-like maps). */
export function stringMap(values: Record<string, string>): Expr {
  return object(Object.entries(values).map(([k, v]) => [k, str(v)] as const));
}

/** A JSON document (IAM policy, key policy) as `jsonencode({...})`, the provider docs' idiom. */
export function jsonDocument(document: JsonValue): Expr {
  return call('jsonencode', fromJson(document));
}

export function blocks(...items: Fields[]): Blocks {
  return { kind: 'blocks', items };
}

export function sensitive(description: string): SensitiveValue {
  return { kind: 'sensitive', description };
}

/** Drops undefined entries so a mapper can list optional arguments inline. */
export function fields(entries: Record<string, Expr | Blocks | SensitiveValue | undefined>): Fields {
  const out: Fields = {};
  for (const k in entries) {
    const v = entries[k];
    if (v !== undefined && Object.hasOwn(entries, k)) out[k] = v;
  }
  return out;
}

/** `tags = {...}` unless there are none. */
export function tagsField(tags: Record<string, string>): Expr | undefined {
  return Object.keys(tags).length > 0 ? stringMap(tags) : undefined;
}

export const maybe = <T>(value: T | undefined, build: (v: T) => Expr): Expr | undefined =>
  value === undefined ? undefined : build(value);

/** A list of numbers (status codes, ports). */
export const numbers = (values: readonly number[]): Expr => list(values.map(num));

/** A map of booleans (API Gateway method request parameters). */
export function flagMap(values: Record<string, boolean>): Expr {
  return object(Object.entries(values).map(([k, v]) => [k, bool(v)] as const));
}

// Optional arguments read straight from a record: undefined (left out) when the record lacks them.
export const textAt = (source: JsonValue | undefined, path: string): Expr | undefined => maybe(optString(source, path), text);
export const numberAt = (source: JsonValue | undefined, path: string): Expr | undefined => maybe(optNumber(source, path), number);
export const flagAt = (source: JsonValue | undefined, path: string): Expr | undefined => maybe(optBool(source, path), flag);
export function stringsAt(source: JsonValue | undefined, path: string): Expr | undefined {
  const values = stringList(source, path);
  return values.length > 0 ? strings(values) : undefined;
}

/** Prefix of a reference to a sensitive variable of the resource itself, named when the resource is. */
export const OWN_SECRET_PREFIX = 'var.__own_secret__.';

/**
 * A secret inside an expression (a container's environment value): printed as `var.<resource>_<suffix>`,
 * declared `sensitive`, so the value stays out of the manifest.
 */
export function ownSecret(suffix: string): Expr {
  return { kind: 'ref', path: `${OWN_SECRET_PREFIX}${suffix}` };
}

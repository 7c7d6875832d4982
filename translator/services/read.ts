// Readers for the shapes CloudTrail gives request and response data, shared by every mapper.
// Each throws a MalformedRecordError naming the field when a record does not have the shape it needs,
// so the record is reported as invalid and the rest of the session is still translated.

import type { JsonObject, JsonValue } from '../../shared/cloudtrail-record';
import { partitionOf } from './arn';

export class MalformedRecordError extends Error {}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const splitPaths = new Map<string, readonly string[]>();

/** The value at a dotted path, or undefined. */
export function at(source: JsonValue | undefined, path: string): JsonValue | undefined {
  let keys = splitPaths.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    splitPaths.set(path, keys);
  }
  let current: JsonValue | undefined = source;
  for (const key of keys) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

export function optString(source: JsonValue | undefined, path: string): string | undefined {
  const value = at(source, path);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new MalformedRecordError(`${path} should be a string, got ${JSON.stringify(value).slice(0, 80)}`);
}

export function reqString(source: JsonValue | undefined, path: string): string {
  const value = optString(source, path);
  if (value === undefined) throw new MalformedRecordError(`missing ${path}`);
  return value;
}

/** Numbers arrive as numbers or as strings (`"size": "8"`, EC2). */
export function optNumber(source: JsonValue | undefined, path: string): number | undefined {
  const value = at(source, path);
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new MalformedRecordError(`${path} should be a number, got ${JSON.stringify(value).slice(0, 80)}`);
  return n;
}

/** Booleans arrive as booleans or as strings (`"true"`), and EC2 wraps some as `{ "value": true }`. */
export function optBool(source: JsonValue | undefined, path: string): boolean | undefined {
  let value = at(source, path);
  if (isObject(value) && 'value' in value) value = value.value;
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'True' || value === 'TRUE') return true;
  if (value === 'false' || value === 'False' || value === 'FALSE') return false;
  throw new MalformedRecordError(`${path} should be a boolean, got ${JSON.stringify(value).slice(0, 80)}`);
}

/**
 * A list however CloudTrail wrapped it: a plain array, EC2's `{ "items": [...] }` / `{ "item": ... }`,
 * an S3 XML element that collapsed to a single object, or an absent/empty value (`{}` in EC2).
 */
export function listOf(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (isObject(value)) {
    if ('items' in value) return listOf(value.items);
    if ('item' in value) return listOf(value.item);
    if ('member' in value) return listOf(value.member);
    if (Object.keys(value).length === 0) return [];
    return [value];
  }
  return [value];
}

export function listAt(source: JsonValue | undefined, path: string): JsonValue[] {
  return listOf(at(source, path));
}

export function stringList(source: JsonValue | undefined, path: string): string[] {
  return listAt(source, path).map((v, i) => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    throw new MalformedRecordError(`${path}[${i}] should be a string`);
  });
}

/**
 * Tags in any of CloudTrail's shapes: `[{key,value}]`, `[{Key,Value}]`, `{TagSet: {Tag: ...}}` (S3),
 * `{items: [...]}` (EC2), KMS's `[{tagKey,tagValue}]`, or a plain map (Lambda, Logs).
 */
export function readTags(value: JsonValue | undefined): Record<string, string> {
  const tags: Record<string, string> = Object.create(null) as Record<string, string>; // a tag may be called __proto__
  if (value === undefined || value === null) return tags;
  if (isObject(value) && !('items' in value) && !('item' in value) && !('Tag' in value) && !('TagSet' in value)) {
    if (!('key' in value) && !('Key' in value) && !('tagKey' in value)) {
      for (const [k, v] of Object.entries(value)) tags[k] = v === null ? '' : String(v);
      return tags;
    }
  }
  let entries: JsonValue[];
  if (isObject(value) && 'TagSet' in value) entries = listOf(at(value, 'TagSet.Tag') ?? value.TagSet);
  else if (isObject(value) && 'Tag' in value) entries = listOf(value.Tag);
  else entries = listOf(value);
  for (const entry of entries) {
    if (!isObject(entry)) throw new MalformedRecordError('a tag should be an object');
    const key = entry.key ?? entry.Key ?? entry.tagKey ?? entry.TagKey;
    const val = entry.value ?? entry.Value ?? entry.tagValue ?? entry.TagValue ?? '';
    if (typeof key !== 'string') throw new MalformedRecordError('a tag has no key');
    tags[key] = val === null ? '' : String(val);
  }
  return tags;
}

/** Parses a JSON document that may arrive as a string, URL-encoded (IAM responses), or already parsed (S3). */
export function readJsonDocument(value: JsonValue | undefined, what: string): JsonValue | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return value;
  const attempts = [value];
  if (/%[0-9A-Fa-f]{2}/.test(value)) {
    try {
      attempts.push(decodeURIComponent(value.replace(/\+/g, '%20')));
    } catch {
      // not URL-encoded after all
    }
  }
  for (const text of attempts) {
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      // try the next form
    }
  }
  throw new MalformedRecordError(`${what} is not a JSON document`);
}

/**
 * A KMS key named by key ARN or key ID (`1234abcd-…`, `mrk-…`) as the key ARN that services such as RDS
 * and DynamoDB report back; undefined for an alias (`alias/…` or an alias ARN), which only the account
 * can resolve to a key. A key ID names a key in the calling account and Region.
 */
export function kmsKeyArn(value: string, region: string, accountId: string): string | undefined {
  if (value.startsWith('arn:')) return value.includes(':key/') ? value : undefined;
  if (value.startsWith('alias/') || accountId === '') return undefined;
  const partition = partitionOf(region);
  return `arn:${partition}:kms:${region}:${accountId}:key/${value}`;
}

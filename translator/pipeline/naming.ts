// Readable Terraform names: from the Name tag, else the resource's own name (the mapper's hint),
// in snake_case; unique per type; stable from run to run because resources are named in the order
// of their first event, ties broken by identifier.

import { compareText } from '../text-order';
import type { ResourceState } from '../model';

export function toSnakeCase(value: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(value);
  // Accents folded (é → e) only when there is anything beyond ASCII: normalize() is costly.
  const snake = ascii ? asciiSnake(value) : unicodeSnake(value.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
  const trimmed = snake.length > 60 ? snake.slice(0, 60).replace(/_+$/, '') : snake;
  if (trimmed === '') return '';
  return /^[0-9]/.test(trimmed) ? `r_${trimmed}` : trimmed;
}

/**
 * camelCase boundaries and every run of other characters become one `_`, letters lower-cased, no `_` at
 * either end. Text beyond ASCII: toLowerCase() may turn a letter into several.
 */
function unicodeSnake(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** unicodeSnake of ASCII text, in one pass (names are made for every resource). */
function asciiSnake(value: string): string {
  let out = '';
  let separate = false;
  let afterLowerOrDigit = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const upper = c >= 0x41 && c <= 0x5a;
    const lowerOrDigit = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (!upper && !lowerOrDigit) {
      separate = true;
      afterLowerOrDigit = false;
      continue;
    }
    if (upper && afterLowerOrDigit) separate = true; // camelCase boundary
    if (separate && out !== '') out += '_';
    separate = false;
    out += upper ? String.fromCharCode(c + 0x20) : value[i]!;
    afterLowerOrDigit = lowerOrDigit;
  }
  return out;
}

function nameTag(resource: ResourceState): string | undefined {
  const tags = resource.fields.tags;
  if (tags && tags.kind === 'object') {
    for (const [k, v] of tags.entries) if (k === 'Name' && v.kind === 'string' && v.value.trim() !== '') return v.value;
  }
  return undefined;
}

export function assignNames(resources: Iterable<ResourceState>): void {
  const ordered = [...resources].sort(
    (a, b) => compareText(a.origin.eventTime, b.origin.eventTime) || compareText(a.type, b.type) || compareText(a.id, b.id),
  );
  /** Names taken, per type (no `type.name` string built per lookup). */
  const usedByType = new Map<string, Set<string>>();
  /**
   * Per type and base name, the suffix to try next. Names are never freed, so every suffix below it is
   * still taken: thousands of resources of one name (an Auto Scaling group's instances, log groups
   * alike in their first 60 characters) do not each count up from 2 again.
   */
  const nextSuffix = new Map<string, Map<string, number>>();
  for (const resource of ordered) {
    const base = toSnakeCase(nameTag(resource) ?? resource.nameHint) || toSnakeCase(resource.id) || 'this';
    let used = usedByType.get(resource.type);
    if (used === undefined) {
      used = new Set();
      usedByType.set(resource.type, used);
    }
    let name = base;
    if (used.has(name)) {
      let suffixes = nextSuffix.get(resource.type);
      if (suffixes === undefined) {
        suffixes = new Map();
        nextSuffix.set(resource.type, suffixes);
      }
      let n = suffixes.get(base) ?? 2;
      while (used.has(`${base}_${n}`)) n++;
      name = `${base}_${n}`;
      suffixes.set(base, n + 1);
    }
    used.add(name);
    resource.name = name;
  }
}

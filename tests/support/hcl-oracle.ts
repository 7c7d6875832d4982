// HashiCorp's own HCL parser and formatter (Go, compiled to WASM) as test oracles, plus a check of
// parsed configuration against the hashicorp/aws 6.25.0 schema subset in tests/fixtures.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '@cdktf/hcl2json';
import { format } from '@cdktf/hcl-tools';

export { parse as parseHcl, format as formatHcl };

type SchemaType = string | [string, SchemaType] | [string, Record<string, SchemaType>];
interface SchemaAttribute { type: SchemaType; required?: boolean; optional?: boolean; computed?: boolean; attr_as_blocks?: boolean }
interface SchemaBlock { nesting?: string; skipped?: boolean; max_items?: number; required?: boolean; min_items?: number; attributes: Record<string, SchemaAttribute>; blocks: Record<string, SchemaBlock> }
interface Schema { resources: Record<string, SchemaBlock> }

let cached: Schema | undefined;
export function schemaSubset(): Schema {
  cached ??= JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/aws-schema-subset.json', import.meta.url)), 'utf8')) as Schema;
  return cached;
}

const META = new Set(['provider', 'lifecycle', 'depends_on', 'count', 'for_each']);
const isExpression = (v: unknown) => typeof v === 'string' && v.includes('${');

function typeErrors(value: unknown, type: SchemaType, where: string): string[] {
  if (isExpression(value)) return [];
  if (typeof type === 'string') {
    if (type === 'dynamic') return [];
    const ok = type === 'string' ? typeof value === 'string' : type === 'number' ? typeof value === 'number' : type === 'bool' ? typeof value === 'boolean' : true;
    return ok ? [] : [`${where}: expected ${type}, got ${JSON.stringify(value)}`];
  }
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) return [`${where}: expected a ${kind}, got ${JSON.stringify(value)}`];
    return value.flatMap((v, i) => typeErrors(v, inner as SchemaType, `${where}[${i}]`));
  }
  if (kind === 'map') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${where}: expected a map`];
    return Object.entries(value).flatMap(([k, v]) => typeErrors(v, inner as SchemaType, `${where}.${k}`));
  }
  if (kind === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${where}: expected an object`];
    const fields = inner as Record<string, SchemaType>;
    return Object.entries(value).flatMap(([k, v]) => (fields[k] ? typeErrors(v, fields[k]!, `${where}.${k}`) : [`${where}: unknown field ${k}`]));
  }
  return [];
}

function checkBody(body: Record<string, unknown>, schema: SchemaBlock, where: string, topLevel: boolean): string[] {
  const errors: string[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (topLevel && META.has(name)) continue;
    const attr = schema.attributes[name];
    const block = schema.blocks[name];
    if (attr) {
      if (attr.computed && !attr.optional && !attr.required) errors.push(`${where}.${name}: computed-only, cannot be set`);
      else if (attr.attr_as_blocks && Array.isArray(value) && value.every((v) => typeof v === 'object')) continue;
      else errors.push(...typeErrors(value, attr.type, `${where}.${name}`));
    } else if (block) {
      if (!Array.isArray(value)) {
        errors.push(`${where}.${name}: is a block, written as an attribute`);
        continue;
      }
      if (block.max_items === 1 && value.length > 1) errors.push(`${where}.${name}: at most one block`);
      // A block the schema extract left undescribed (`skipped`, e.g. WAFv2 rule statements, nested too deep
      // for the generator) is not checked inside: the schema cannot say what is wrong there.
      if (block.skipped) continue;
      value.forEach((item, i) => errors.push(...checkBody(item as Record<string, unknown>, block, `${where}.${name}[${i}]`, false)));
    } else {
      errors.push(`${where}.${name}: not an argument or block of this type`);
    }
  }
  for (const [name, attr] of Object.entries(schema.attributes)) if (attr.required && !(name in body)) errors.push(`${where}: missing required ${name}`);
  for (const [name, block] of Object.entries(schema.blocks)) if (block.required && !(name in body)) errors.push(`${where}: missing required block ${name}`);
  return errors;
}

/** Schema errors in one parsed file (hcl2json output); an empty list when all is well. */
export function schemaErrors(parsed: Record<string, unknown>, file: string): string[] {
  const errors: string[] = [];
  const resources = (parsed.resource ?? {}) as Record<string, Record<string, Record<string, unknown>[]>>;
  for (const [type, byName] of Object.entries(resources)) {
    const schema = schemaSubset().resources[type];
    if (!schema) {
      errors.push(`${file}: ${type} is not a resource type of hashicorp/aws 6.25.0 (or is missing from the subset)`);
      continue;
    }
    for (const [name, bodies] of Object.entries(byName)) {
      for (const body of bodies) errors.push(...checkBody(body, schema, `${file}: ${type}.${name}`, true));
    }
  }
  return errors;
}

/** Parses, format-checks and schema-checks every file; returns the problems found. */
export async function checkTerraformFiles(files: Record<string, string>): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    if (!name.endsWith('.tf')) continue;
    let parsed: Record<string, unknown>;
    try {
      parsed = (await parse(name, text)) as Record<string, unknown>;
    } catch (error) {
      problems.push(`${name}: does not parse: ${(error as Error).message}`);
      continue;
    }
    const formatted = await format(text);
    if (formatted !== text) problems.push(`${name}: terraform fmt would change it`);
    problems.push(...schemaErrors(parsed, name));
  }
  return problems;
}

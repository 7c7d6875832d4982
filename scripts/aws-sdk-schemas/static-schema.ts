// Reads the Smithy "static schemas" an @aws-sdk/client-* package ships (dist-es/schemas/schemas_<n>.js),
// the format @smithy/core interprets (node_modules/@smithy/core/dist-es/submodules/schema/schemas/
// {NormalizedSchema,translateTraits}.js). Both generators read them through this module.
//   [0, ns, name, traits, type]                                simple (string, blob…) with traits
//   [1, ns, name, traits, value]                               list
//   [2, ns, name, traits, key, value]                          map
//   [3|4|-3, ns, name, traits, memberNames, memberSchemas, requiredCount]   structure | union | error
//   [9, ns, name, traits, input, output]                       operation
// A member schema is a number (a simple type), a string id, a thunk, or [schema, memberTraits].
import { runInNewContext } from 'node:vm';
import type { ReadPackageFile } from './package-files.ts';

export type Schema = unknown;
export type Traits = Record<string, unknown>;

export const LIST = 1;
export const MAP = 2;
export const STRUCTURE = 3;
export const UNION = 4;
export const ERROR = -3;
export const OPERATION = 9;

/** translateTraits.js: a trait given as a number is a bit set over these names, in this order. */
const TRAIT_BITS = ['httpLabel', 'idempotent', 'idempotencyToken', 'sensitive', 'httpPayload', 'httpResponseCode', 'httpQueryParams'];

/** Traits as an object keyed by trait name, whether the schema gives a bit set or an object. */
export function decodeTraits(indicator: unknown): Traits {
  if (typeof indicator === 'number') return Object.fromEntries(TRAIT_BITS.filter((_, i) => ((indicator >> i) & 1) === 1).map((t) => [t, 1]));
  return typeof indicator === 'object' && indicator !== null ? indicator as Traits : {};
}

export function deref(schema: Schema): Schema {
  return typeof schema === 'function' ? deref((schema as () => Schema)()) : schema;
}

/** A member schema "[schema, memberTraits]" (the inner schema is a thunk, a number, a string or an array). */
export function isMemberRef(s: Schema): s is [Schema, unknown] {
  return Array.isArray(s) && s.length === 2 && (typeof s[0] === 'function' || typeof s[0] === 'number' || Array.isArray(s[0]) || typeof s[0] === 'string');
}

/** The traits a structure puts on one of its members; {} for a member given without traits. */
export function memberTraits(member: Schema): Traits {
  return isMemberRef(member) ? decodeTraits(member[1]) : {};
}

export interface StructureMembers { kind: number; names: string[]; schemas: Schema[]; requiredCount: number }

/** The members of a structure, union or error schema (required ones first); null for any other schema. */
export function structureMembers(schema: Schema): StructureMembers | null {
  const s = deref(schema);
  if (!Array.isArray(s) || (s[0] !== STRUCTURE && s[0] !== UNION && s[0] !== ERROR)) return null;
  if (!Array.isArray(s[4]) || !Array.isArray(s[5])) return null;
  return { kind: s[0], names: s[4] as string[], schemas: s[5] as Schema[], requiredCount: typeof s[6] === 'number' ? s[6] : 0 };
}

/** The package's schema module source (schemas_0.js and any further schemas_<n>.js); null when it ships none. */
export function readSchemaSource(read: ReadPackageFile): string | null {
  const parts: string[] = [];
  for (let n = 0; ; n++) {
    const part = read(`dist-es/schemas/schemas_${n}.js`);
    if (part === null) break;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join('\n') : null;
}

/**
 * Evaluates the schema module in an empty VM context (no require, no globals) with its imports stubbed:
 * the TypeRegistry and error classes it references only register error types. Returns every exported
 * schema by name.
 */
export function loadSchemaModule(source: string): Map<string, Schema> {
  const imported: string[] = [];
  const body = source
    .replace(/^import\s*\{([^}]*)\}\s*from\s*"[^"]+";?/gm, (_m, names: string) => {
      for (const part of names.split(',')) {
        const local = part.trim().split(/\s+as\s+/).at(-1)?.trim();
        if (local) imported.push(local);
      }
      return '';
    })
    .replace(/^import\s+[^;]*;?$/gm, '')
    .replace(/^export\s+(var|let|const)\s+/gm, 'var ')
    .replace(/^export\s+(function|class)\s+/gm, '$1 ')
    .replace(/^export\s*\{[^}]*\};?/gm, '');
  const exported = [...source.matchAll(/^export\s+(?:var|let|const)\s+([A-Za-z0-9_$]+)\s*=/gm)].map((m) => m[1] as string);
  const stubs = imported.map((name) => name === 'TypeRegistry'
    ? 'var TypeRegistry = class { static for() { return new this(); } registerError() {} register() {} };'
    : `var ${name} = class {};`).join('\n');
  const context: Record<string, Schema> = {};
  runInNewContext(`${stubs}\n${body}`, context, { timeout: 10_000 });
  return new Map(exported.map((name) => [name, context[name]]));
}

/** Every operation schema [9, ns, name, traits, input, output] the module exports. */
export function operationSchemas(schemas: Map<string, Schema>): unknown[][] {
  return [...schemas.values()].filter((v): v is unknown[] => Array.isArray(v) && v[0] === OPERATION && typeof v[2] === 'string');
}

// References are declared per resource type (which argument points at which types) and resolved in
// one pass: a literal that equals an identifier some resource in the manifest exports becomes a
// reference to that resource's attribute. Values are never linked just because they are equal.
// A second pass (string-references.ts) then finds ARNs and IDs inside longer strings.

import { ref, type Expr } from '../hcl/ast';
import type { Fields, FieldValue, ResourceState } from '../model';
import type { ResourceTypeSpec } from '../services/mapper';
import { ReferenceGraph } from './reference-graph';
import { resolveStringReferences } from './string-references';

interface Target {
  readonly resource: ResourceState;
  readonly attribute: string;
}

/** Exporting resources by type, then by exported value. */
type TargetIndex = Map<string, Map<string, Target[]>>;

/** What one declared path resolves against: its target types, the resource holding it, the index. */
interface Scope {
  types: readonly string[];
  from: ResourceState;
  readonly index: TargetIndex;
  readonly graph: ReferenceGraph<ResourceState>;
}

function indexTargets(resources: readonly ResourceState[]): TargetIndex {
  const index: TargetIndex = new Map();
  for (const resource of resources) {
    const exports = resource.exports;
    let byValue: Map<string, Target[]> | undefined;
    for (const attribute in exports) {
      const value = exports[attribute];
      if (!value) continue;
      if (byValue === undefined) {
        byValue = index.get(resource.type);
        if (byValue === undefined) {
          byValue = new Map();
          index.set(resource.type, byValue);
        }
      }
      const list = byValue.get(value);
      if (list === undefined) byValue.set(value, [{ resource, attribute }]);
      else list.push({ resource, attribute });
    }
  }
  return index;
}

/** The candidate other than `from` in its region, else a global one, else the first. */
function pick(candidates: readonly Target[], from: ResourceState): Target | undefined {
  let global: Target | undefined;
  let first: Target | undefined;
  for (const c of candidates) {
    if (c.resource === from) continue;
    if (c.resource.region === from.region) return c;
    if (global === undefined && c.resource.region === '') global = c;
    first ??= c;
  }
  return global ?? first;
}

function resolveExpr(expr: Expr, scope: Scope): Expr {
  if (expr.kind === 'string') {
    for (const type of scope.types) {
      const found = scope.index.get(type)?.get(expr.value);
      if (found === undefined) continue;
      const target = pick(found, scope.from);
      if (target) {
        scope.graph.add(scope.from, target.resource);
        return ref(`${target.resource.type}.${target.resource.name}.${target.attribute}`);
      }
    }
    return expr;
  }
  if (expr.kind === 'list') {
    const items = expr.items.map((i) => resolveExpr(i, scope));
    return items.every((item, i) => item === expr.items[i]) ? expr : { kind: 'list', items };
  }
  return expr;
}

/** `value` with the declared path resolved from `path[at]` on. */
function resolvePath(value: FieldValue, path: readonly string[], at: number, scope: Scope): FieldValue {
  if (at === path.length) {
    return value.kind === 'blocks' || value.kind === 'sensitive' ? value : resolveExpr(value, scope);
  }
  if (value.kind === 'blocks') {
    return { kind: 'blocks', items: value.items.map((item) => resolveFields(item, path, at, scope)) };
  }
  if (value.kind === 'object') {
    const head = path[at];
    return {
      kind: 'object',
      entries: value.entries.map(([k, v]) => [k, k === head || head === '*' ? (resolvePath(v, path, at + 1, scope) as Expr) : v] as const),
    };
  }
  if (value.kind === 'list') {
    return { kind: 'list', items: value.items.map((item) => resolvePath(item, path, at, scope) as Expr) };
  }
  return value;
}

function resolveFields(fields: Fields, path: readonly string[], at: number, scope: Scope): Fields {
  const head = path[at];
  if (head === undefined) return fields;
  const value = fields[head];
  if (value === undefined) return fields;
  const resolved = resolvePath(value, path, at + 1, scope);
  // Unchanged values keep their objects, so resources without references allocate nothing here.
  return resolved === value ? fields : { ...fields, [head]: resolved };
}

/** A type's declared references, each path split once. */
type DeclaredPaths = readonly { readonly path: readonly string[]; readonly types: readonly string[] }[];

/**
 * `targets` are the resources whose blocks will be printed: only they can be referenced, and only
 * their strings are searched for identifiers (the others print no arguments).
 */
export function resolveReferences(
  resources: readonly ResourceState[],
  specs: ReadonlyMap<string, ResourceTypeSpec>,
  targets: readonly ResourceState[] = resources,
): void {
  const graph = new ReferenceGraph<ResourceState>();
  const scope: Scope = { types: [], from: resources[0]!, index: indexTargets(targets), graph };
  const declaredByType = new Map<string, DeclaredPaths>();
  for (const resource of resources) {
    let declared = declaredByType.get(resource.type);
    if (declared === undefined) {
      declared = Object.entries(specs.get(resource.type)?.references ?? {}).map(([path, types]) => ({ path: path.split('.'), types }));
      declaredByType.set(resource.type, declared);
    }
    for (const { path, types } of declared) {
      scope.types = types;
      scope.from = resource;
      resource.fields = resolveFields(resource.fields, path, 0, scope);
    }
  }
  resolveStringReferences(targets, graph);
}

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

/** What one declared path resolves against: its target types, the resource holding it, the index. */
interface Scope {
  readonly types: readonly string[];
  readonly from: ResourceState;
  readonly index: Map<string, Target[]>;
  readonly graph: ReferenceGraph<ResourceState>;
}

function indexTargets(resources: readonly ResourceState[]): Map<string, Target[]> {
  const index = new Map<string, Target[]>();
  for (const resource of resources) {
    for (const [attribute, value] of Object.entries(resource.exports)) {
      if (!value) continue;
      const key = `${resource.type}|${value}`;
      const list = index.get(key) ?? [];
      list.push({ resource, attribute });
      index.set(key, list);
    }
  }
  return index;
}

function pick(candidates: readonly Target[], from: ResourceState): Target | undefined {
  return (
    candidates.find((c) => c.resource.region === from.region) ??
    candidates.find((c) => c.resource.region === '') ??
    candidates[0]
  );
}

function resolveExpr(expr: Expr, scope: Scope): Expr {
  if (expr.kind === 'string') {
    for (const type of scope.types) {
      const found = scope.index.get(`${type}|${expr.value}`);
      if (found === undefined) continue;
      const target = pick(found.filter((c) => c.resource !== scope.from), scope.from);
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

function resolvePath(value: FieldValue, path: readonly string[], scope: Scope): FieldValue {
  if (path.length === 0) {
    return value.kind === 'blocks' || value.kind === 'sensitive' ? value : resolveExpr(value, scope);
  }
  if (value.kind === 'blocks') {
    return { kind: 'blocks', items: value.items.map((item) => resolveFields(item, path, scope)) };
  }
  if (value.kind === 'object') {
    const [head, ...rest] = path;
    return {
      kind: 'object',
      entries: value.entries.map(([k, v]) => [k, k === head || head === '*' ? (resolvePath(v, rest, scope) as Expr) : v] as const),
    };
  }
  if (value.kind === 'list') {
    return { kind: 'list', items: value.items.map((item) => resolvePath(item, path, scope) as Expr) };
  }
  return value;
}

function resolveFields(fields: Fields, path: readonly string[], scope: Scope): Fields {
  const [head, ...rest] = path;
  if (head === undefined) return fields;
  const value = fields[head];
  if (value === undefined) return fields;
  const resolved = resolvePath(value, rest, scope);
  // Unchanged values keep their objects, so resources without references allocate nothing here.
  return resolved === value ? fields : { ...fields, [head]: resolved };
}

/**
 * `targets` are the resources whose blocks will be printed: only they can be referenced, and only
 * their strings are searched for identifiers (the others print no arguments).
 */
export function resolveReferences(
  resources: readonly ResourceState[],
  specs: ReadonlyMap<string, ResourceTypeSpec>,
  targets: readonly ResourceState[] = resources,
): void {
  const index = indexTargets(targets);
  const graph = new ReferenceGraph<ResourceState>();
  for (const resource of resources) {
    const declared = specs.get(resource.type)?.references;
    if (!declared) continue;
    for (const [path, types] of Object.entries(declared)) {
      resource.fields = resolveFields(resource.fields, path.split('.'), { types, from: resource, index, graph });
    }
  }
  resolveStringReferences(targets, graph);
}

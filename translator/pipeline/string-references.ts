// The second reference pass: an ARN or ID of a printed resource found inside any string of another
// printed resource becomes a reference in a template, e.g. `"${aws_s3_bucket.logs.arn}/*"` in a bucket
// policy's Resource, or `aws_sns_topic.events.arn` as a queue policy's `aws:SourceArn`. Policy
// documents are `jsonencode({...})` expressions, so their values are searched like any other string.
//
// Never: from a resource to itself, to a resource only imported (it has no block to refer to), into
// a sensitive value, or when the reference would close a dependency cycle.

import { template, type Expr, type TemplatePart } from '../hcl/ast';
import type { Fields, FieldValue, ResourceState } from '../model';
import type { ReferenceGraph } from './reference-graph';
import { isDistinctive, StringMatcher } from './string-matcher';

interface Target {
  readonly resource: ResourceState;
  readonly attribute: string;
}

/** A value exported as several attributes is referred to by its ARN, then its ID, then the rest. */
function attributeRank(attribute: string): number {
  return attribute === 'arn' ? 0 : attribute === 'id' ? 1 : 2;
}

function regionRank(target: ResourceState, from: ResourceState): number {
  return target.region === from.region ? 0 : target.region === '' ? 1 : 2;
}

/** Every identifier the resources export that is worth finding inside strings. */
function indexExports(resources: readonly ResourceState[]): StringMatcher<Target> {
  const matcher = new StringMatcher<Target>();
  for (const resource of resources) {
    const exports = resource.exports;
    for (const attribute in exports) {
      const value = exports[attribute];
      // Most exported values are names: only identifiers get a target object.
      if (value && isDistinctive(value)) matcher.add(value, { resource, attribute });
    }
  }
  return matcher;
}

class StringResolver {
  private from!: ResourceState;

  constructor(
    private readonly matcher: StringMatcher<Target>,
    private readonly graph: ReferenceGraph<ResourceState>,
  ) {}

  resolveResource(resource: ResourceState): void {
    this.from = resource;
    resource.fields = this.fields(resource.fields);
  }

  /** The best target that is not the resource itself and closes no cycle. */
  private choose(candidates: readonly Target[]): Target | undefined {
    const from = this.from;
    const ordered =
      candidates.length === 1
        ? candidates
        : [...candidates].sort((a, b) => attributeRank(a.attribute) - attributeRank(b.attribute) || regionRank(a.resource, from) - regionRank(b.resource, from));
    return ordered.find((c) => c.resource !== from && !this.graph.wouldCycle(from, c.resource));
  }

  private string(expr: Expr & { kind: 'string' }): Expr {
    const value = expr.value;
    const matches = this.matcher.find(value);
    if (matches.length === 0) return expr;
    const parts: TemplatePart[] = [];
    let at = 0;
    for (const m of matches) {
      const target = this.choose(m.targets);
      if (target === undefined) continue;
      this.graph.add(this.from, target.resource);
      parts.push(value.slice(at, m.start), { ref: `${target.resource.type}.${target.resource.name}.${target.attribute}` });
      at = m.end;
    }
    if (at === 0) return expr;
    parts.push(value.slice(at));
    return template(parts);
  }

  private expr(expr: Expr): Expr {
    switch (expr.kind) {
      case 'string':
        return this.string(expr);
      case 'list': {
        const items = this.exprs(expr.items);
        return items === expr.items ? expr : { kind: 'list', items };
      }
      case 'object': {
        // Keys stay literal: a policy's condition key or a tag key is a name, not a value.
        let entries: (readonly [string, Expr])[] | undefined;
        for (let i = 0; i < expr.entries.length; i++) {
          const entry = expr.entries[i]!;
          const value = this.expr(entry[1]);
          if (entries === undefined && value !== entry[1]) entries = expr.entries.slice(0, i);
          if (entries !== undefined) entries.push(value === entry[1] ? entry : [entry[0], value]);
        }
        return entries === undefined ? expr : { kind: 'object', entries };
      }
      case 'call': {
        const args = this.exprs(expr.args);
        return args === expr.args ? expr : { kind: 'call', name: expr.name, args };
      }
      default:
        return expr;
    }
  }

  /** The items resolved, or `items` itself when none changed (most resources hold no identifier). */
  private exprs(items: readonly Expr[]): readonly Expr[] {
    let out: Expr[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const resolved = this.expr(item);
      if (out === undefined && resolved !== item) out = items.slice(0, i);
      if (out !== undefined) out.push(resolved);
    }
    return out ?? items;
  }

  private value(value: FieldValue): FieldValue {
    if (value.kind === 'sensitive') return value;
    if (value.kind !== 'blocks') return this.expr(value);
    let items: Fields[] | undefined;
    for (let i = 0; i < value.items.length; i++) {
      const item = value.items[i]!;
      const resolved = this.fields(item);
      if (items === undefined && resolved !== item) items = value.items.slice(0, i);
      if (items !== undefined) items.push(resolved);
    }
    return items === undefined ? value : { kind: 'blocks', items };
  }

  private fields(fields: Fields): Fields {
    let out: Fields | undefined;
    for (const name in fields) {
      const value = fields[name];
      if (value === undefined) continue;
      const resolved = this.value(value);
      if (resolved === value) continue;
      out ??= { ...fields };
      out[name] = resolved;
    }
    return out ?? fields;
  }
}

/**
 * Rewrites the strings of `printed` (the resources whose blocks are printed) that hold another printed
 * resource's ARN or ID. `graph` holds the references made so far; the ones added here go into it too.
 */
export function resolveStringReferences(printed: readonly ResourceState[], graph: ReferenceGraph<ResourceState>): void {
  const matcher = indexExports(printed);
  if (matcher.size === 0) return;
  const resolver = new StringResolver(matcher, graph);
  for (const resource of printed) resolver.resolveResource(resource);
}

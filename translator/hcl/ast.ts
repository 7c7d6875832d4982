// A small HCL syntax tree. Literal values and references are different node kinds, so a value that
// merely looks like an expression (for example the string "${aws_vpc.main.id}") is always printed as
// an escaped literal, and a reference is never quoted. Modelled on hashicorp/hcl's hclwrite.

export type Expr =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'list'; readonly items: readonly Expr[] }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, Expr])[] }
  /** A traversal such as `aws_vpc.main.id` or `var.db_password`. */
  | { readonly kind: 'ref'; readonly path: string }
  /** A string template with references inside, e.g. `"${aws_s3_bucket.logs.arn}/*"`. */
  | { readonly kind: 'template'; readonly parts: readonly TemplatePart[] }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[] };

/** Literal text (printed escaped), or a traversal interpolated as `${path}`. */
export type TemplatePart = string | { readonly ref: string };

export interface Attribute {
  readonly kind: 'attribute';
  readonly name: string;
  readonly value: Expr;
}

export interface Block {
  readonly kind: 'block';
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: Body;
  /** Full-line `#` comments printed above the block. */
  readonly comments?: readonly string[];
}

export interface Comment {
  readonly kind: 'comment';
  readonly text: string;
}

export type BodyItem = Attribute | Block | Comment;
export type Body = readonly BodyItem[];

export const str = (value: string): Expr => ({ kind: 'string', value });
export const num = (value: number): Expr => ({ kind: 'number', value });
export const bool = (value: boolean): Expr => ({ kind: 'bool', value });
export const nullExpr: Expr = { kind: 'null' };
export const list = (items: readonly Expr[]): Expr => ({ kind: 'list', items });
export const object = (entries: readonly (readonly [string, Expr])[]): Expr => ({ kind: 'object', entries });
export const ref = (path: string): Expr => ({ kind: 'ref', path });
/**
 * A string made of literal text and references. Adjacent literals are joined and empty ones dropped;
 * a template of one reference alone is that reference (`aws_sqs_queue.jobs.arn`, not `"${…}"`), and
 * one without references is a plain string.
 */
export function template(parts: readonly TemplatePart[]): Expr {
  const joined: TemplatePart[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const last = joined[joined.length - 1];
    if (typeof part === 'string' && typeof last === 'string') joined[joined.length - 1] = last + part;
    else joined.push(part);
  }
  if (joined.length === 0) return str('');
  if (joined.length === 1) {
    const only = joined[0]!;
    return typeof only === 'string' ? str(only) : ref(only.ref);
  }
  return joined.every((p) => typeof p === 'string') ? str(joined.join('')) : { kind: 'template', parts: joined };
}
export const call = (name: string, ...args: Expr[]): Expr => ({ kind: 'call', name, args });
export const attribute = (name: string, value: Expr): Attribute => ({ kind: 'attribute', name, value });
export const block = (type: string, labels: readonly string[], body: Body, comments?: readonly string[]): Block =>
  comments && comments.length > 0 ? { kind: 'block', type, labels, body, comments } : { kind: 'block', type, labels, body };
export const comment = (text: string): Comment => ({ kind: 'comment', text });

/** Converts plain JSON data into literal nodes (used for policy documents inside `jsonencode`). */
export function fromJson(value: unknown): Expr {
  if (value === null || value === undefined) return nullExpr;
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return bool(value);
  if (Array.isArray(value)) return list(value.map(fromJson));
  if (typeof value === 'object') {
    return object(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromJson(v)] as const));
  }
  throw new TypeError(`cannot express a ${typeof value} in HCL`);
}

// Prints the syntax tree in the layout `terraform fmt` produces: two-space indents, and the `=` of
// consecutive single-line attributes aligned. hclwrite (format.go) aligns runs of lines that have an
// assignment whose right-hand side closes every bracket it opens; a multi-line value, a block, a
// comment or a blank line ends the run. Printing by these rules makes the output fmt-clean as built.

import type { Block, Body, BodyItem, Expr, TemplatePart } from './ast';
import { escapeString, objectKey, quote } from './escape';

const INDENT = '  ';
const MAX_INLINE_LIST = 100;
/** Indents by depth, built once: a file of many resources would otherwise repeat() each line's pad. */
const PADS: string[] = [];

function indent(depth: number): string {
  let pad = PADS[depth];
  if (pad === undefined) {
    pad = INDENT.repeat(depth);
    PADS[depth] = pad;
  }
  return pad;
}

/** Prints top-level blocks separated by one blank line. */
export function printFile(blocks: readonly BodyItem[]): string {
  return joinTopLevel(blocks.map(printTopLevel));
}

/**
 * One top-level item's text, without its final newline. A caller that prints each block as soon as it
 * is built keeps one string per block alive, not its syntax tree nor its lines (at 100k records the
 * lines of whole files, kept until joined, were most of what the garbage collector had to copy).
 */
export function printTopLevel(item: BodyItem): string {
  const lines: string[] = [];
  if (item.kind === 'block') renderBlock(item, 0, lines);
  else renderItems([item], 0, lines);
  return lines.join('\n');
}

/** The file text of top-level items printed by printTopLevel: one blank line between them. */
export function joinTopLevel(texts: readonly string[]): string {
  return texts.length > 0 ? texts.join('\n\n') + '\n' : '';
}

/**
 * A run of single-line assignments waiting for their `=` to be aligned: names, their widths and
 * values side by side (flat arrays, not an object per assignment). The arrays are reused: `n` says how
 * many of their slots the run holds.
 */
class Run {
  private readonly names: string[] = [];
  private readonly widths: number[] = [];
  private readonly values: string[] = [];
  private n = 0;

  /**
   * One assignment: a single-line value joins the run, a multi-line one ends it and is printed as it
   * is (its `=` is not aligned).
   */
  assign(out: string[], pad: string, name: string, value: string): void {
    if (value.includes('\n')) {
      this.flush(out, pad);
      out.push(`${pad}${name} = ${value}`);
    } else {
      this.add(name, value);
    }
  }

  private add(name: string, value: string): void {
    this.names[this.n] = name;
    this.widths[this.n] = columns(name);
    this.values[this.n] = value;
    this.n++;
  }

  /** Prints the run with its `=` aligned, and empties it. */
  flush(out: string[], pad: string): void {
    const n = this.n;
    if (n === 0) return;
    let width = 0;
    for (let i = 0; i < n; i++) if (this.widths[i]! > width) width = this.widths[i]!;
    for (let i = 0; i < n; i++) {
      const gap = width - this.widths[i]!;
      out.push(pad + this.names[i]! + assignment(gap) + this.values[i]!);
    }
    this.n = 0;
  }

  clear(): void {
    this.n = 0;
  }
}

/** ` = ` after `gap` spaces of alignment, built once per width. */
const ASSIGNMENTS: string[] = [];

function assignment(gap: number): string {
  let text = ASSIGNMENTS[gap];
  if (text === undefined) {
    text = `${' '.repeat(gap)} = `;
    ASSIGNMENTS[gap] = text;
  }
  return text;
}

/**
 * One run per depth, reused: a run is only pending in the innermost body being printed at its depth
 * (a value's object or list prints one level deeper), and every print empties the runs it fills.
 */
const RUNS: Run[] = [];

function runAt(depth: number): Run {
  let run = RUNS[depth];
  if (run === undefined) {
    run = new Run();
    RUNS[depth] = run;
  }
  run.clear(); // holds something only if a print threw (an infinite number) halfway
  return run;
}

/** Appends the lines of `items` to `out` and returns it. */
function renderItems(items: Body, depth: number, out: string[]): string[] {
  const pad = indent(depth);
  const run = runAt(depth);
  let previous: BodyItem['kind'] | undefined;
  for (const item of items) {
    if (item.kind === 'attribute') {
      if (previous === 'block') {
        run.flush(out, pad);
        out.push('');
      }
      run.assign(out, pad, item.name, renderExpr(item.value, depth));
    } else if (item.kind === 'comment') {
      run.flush(out, pad);
      if (previous === 'block') out.push('');
      out.push(`${pad}# ${item.text}`);
    } else {
      run.flush(out, pad);
      if (previous !== undefined && previous !== 'comment') out.push('');
      renderBlock(item, depth, out);
    }
    previous = item.kind;
  }
  run.flush(out, pad);
  return out;
}

/** The lines of an object's entries: renderItems for a body of attributes only, without building them. */
function renderEntries(entries: readonly (readonly [string, Expr])[], depth: number): string[] {
  const pad = indent(depth);
  const run = runAt(depth);
  const out: string[] = [];
  for (const [key, expr] of entries) run.assign(out, pad, objectKey(key), renderExpr(expr, depth));
  run.flush(out, pad);
  return out;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * hclwrite measures alignment per token in grapheme clusters (textseg), not in bytes or UTF-16
 * units; a quoted key is three tokens (quote, literal, quote), so a leading combining mark does not
 * join the opening quote.
 */
function columns(text: string): number {
  let n = COLUMNS.get(text);
  if (n === undefined) {
    n = measureColumns(text);
    if (COLUMNS.size < 10_000) COLUMNS.set(text, n);
  }
  return n;
}

/** Widths of the names printed so far: argument names and object keys repeat from block to block. */
const COLUMNS = new Map<string, number>();

function measureColumns(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.length;
  const quoted = text.length >= 2 && text.startsWith('"') && text.endsWith('"');
  const inner = quoted ? text.slice(1, -1) : text;
  let n = quoted ? 2 : 0;
  // The scanner also ends a literal token after `$`, `%`, an escaped `${` / `%{`, and a `~` after it.
  for (const piece of inner.split(/(?<=[$%]|[$%]\{|[$%]\{~)/)) for (const _ of graphemes.segment(piece)) n++;
  return n;
}

function renderBlock(block: Block, depth: number, out: string[]): void {
  const pad = indent(depth);
  if (block.comments !== undefined) for (const c of block.comments) out.push(`${pad}# ${c}`);
  let header = block.type;
  for (const label of block.labels) header += ` ${quote(label)}`;
  out.push(`${pad}${header} {`);
  renderItems(block.body, depth + 1, out);
  out.push(`${pad}}`);
}

function isScalar(expr: Expr): boolean {
  return expr.kind !== 'list' && expr.kind !== 'object' && expr.kind !== 'call';
}

/** Renders an expression whose first line continues the current line at `depth`. */
export function renderExpr(expr: Expr, depth: number): string {
  switch (expr.kind) {
    case 'string':
      return quote(expr.value);
    case 'number':
      return formatNumber(expr.value);
    case 'bool':
      return expr.value ? 'true' : 'false';
    case 'null':
      return 'null';
    case 'ref':
      return expr.path;
    case 'template':
      return renderTemplate(expr.parts);
    case 'call': {
      const args = expr.args.map((a) => renderExpr(a, depth));
      return `${expr.name}(${args.join(', ')})`;
    }
    case 'list': {
      if (expr.items.length === 0) return '[]';
      if (expr.items.every(isScalar)) {
        const inline = `[${expr.items.map((i) => renderExpr(i, depth)).join(', ')}]`;
        if (inline.length <= MAX_INLINE_LIST) return inline;
      }
      const pad = indent(depth + 1);
      const lines = expr.items.map((i) => `${pad}${renderExpr(i, depth + 1)},`);
      return `[\n${lines.join('\n')}\n${indent(depth)}]`;
    }
    case 'object': {
      if (expr.entries.length === 0) return '{}';
      return `{\n${renderEntries(expr.entries, depth + 1).join('\n')}\n${indent(depth)}}`;
    }
  }
}

/**
 * A quoted template: literal parts escaped as any string is, references as `${path}`. Literal `$`
 * signs right before a reference would read as the escape `$${`, so that run is written as an
 * interpolated string, `${"$"}` or `${"$$"}` (inside it no `{` follows them).
 */
function renderTemplate(parts: readonly TemplatePart[]): string {
  let out = '"';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (typeof part !== 'string') {
      out += '${' + part.ref + '}';
      continue;
    }
    const escaped = escapeString(part);
    const dollars = typeof parts[i + 1] === 'object' ? /\$+$/.exec(escaped) : null;
    out += dollars === null ? escaped : `${escaped.slice(0, dollars.index)}\${"${dollars[0]}"}`;
  }
  return out + '"';
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot print ${value} as an HCL number`);
  return String(value);
}

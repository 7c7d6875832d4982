// A body seen as a tree of named values, whatever its format, where each node can redact itself.
// Text formats redact by rewriting only the node's own span of the original text (edits are collected
// and applied at the end), so every value left alone stays byte for byte as it was: key order, escapes,
// form encoding, base64 padding, XML.
import type { JsonObject, JsonValue } from '../../../shared/cloudtrail-record.ts';
import { REDACTED } from './secret-names.ts';

export interface ValueNode {
  kind: 'obj' | 'arr' | 'leaf';
  /** Children in document order: member name (object/XML/form), index (array). Duplicate names allowed. */
  entries: [string, ValueNode][];
  /** A leaf's decoded value (strings as text, numbers and booleans as their literal). */
  value: string | null;
  /** Replaces this node's whole value with the redaction marker. */
  redact(): void;
  /** Where a JSON string leaf's literal (quotes included) sits in the text. */
  span?: [number, number];
}

export interface Edit { start: number; end: number; text: string }

/** Applies non-overlapping edits (an outer edit wins over the edits inside it). */
export function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue; // inside an edit already applied
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

function leaf(value: string | null, redact: () => void): ValueNode {
  return { kind: 'leaf', entries: [], value, redact };
}

function redactAll(node: ValueNode): void {
  for (const [, child] of node.entries) child.redact();
}

// ---------------------------------------------------------------- JSON

const QUOTED_MARKER = JSON.stringify(REDACTED);
const LITERAL_RE = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Parses JSON keeping each value's span; undefined when the text is not one complete JSON value. */
export function jsonTree(text: string, edits: Edit[]): ValueNode | undefined {
  let pos = 0;
  const ws = (): void => {
    for (let c = text.charCodeAt(pos); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(pos)) pos++;
  };
  const fail = (): never => { throw new SyntaxError('json'); };
  // Position of the next backslash at or after `pos`, found once and reused (-1: none left).
  let nextBackslash = -2;
  const backslashBefore = (limit: number): boolean => {
    if (nextBackslash !== -1 && nextBackslash < pos) nextBackslash = text.indexOf('\\', pos);
    return nextBackslash !== -1 && nextBackslash < limit;
  };
  const readString = (): string => {
    const start = pos;
    if (text.charCodeAt(pos) !== 34) fail();
    let escaped = false;
    pos++;
    for (;;) {
      const next = text.indexOf('"', pos);
      if (next < 0) fail();
      // An escaped quote is preceded by an odd number of backslashes.
      let backslashes = 0;
      for (let i = next - 1; i >= pos && text.charCodeAt(i) === 92; i--) backslashes++;
      if (backslashBefore(next)) escaped = true;
      pos = next + 1;
      if (backslashes % 2 === 0) break;
    }
    return escaped ? JSON.parse(text.slice(start, pos)) as string : text.slice(start + 1, pos - 1);
  };
  const value = (depth: number): ValueNode => {
    if (depth > 128) fail();
    ws();
    const start = pos;
    const c = text[pos];
    if (c === '{') {
      pos++;
      const entries: [string, ValueNode][] = [];
      ws();
      if (text[pos] === '}') pos++;
      else for (;;) {
        ws();
        const key = readString();
        ws();
        if (text[pos++] !== ':') fail();
        entries.push([key, value(depth + 1)]);
        ws();
        const d = text[pos++];
        if (d === '}') break;
        if (d !== ',') fail();
      }
      const end = pos;
      return { kind: 'obj', entries, value: null, redact: () => edits.push({ start, end, text: QUOTED_MARKER }) };
    }
    if (c === '[') {
      pos++;
      const entries: [string, ValueNode][] = [];
      ws();
      if (text[pos] === ']') pos++;
      else for (let i = 0; ; i++) {
        entries.push([String(i), value(depth + 1)]);
        ws();
        const d = text[pos++];
        if (d === ']') break;
        if (d !== ',') fail();
      }
      const end = pos;
      return { kind: 'arr', entries, value: null, redact: () => edits.push({ start, end, text: QUOTED_MARKER }) };
    }
    if (c === '"') {
      const s = readString();
      const end = pos;
      return { ...leaf(s, () => { if (s !== '') edits.push({ start, end, text: QUOTED_MARKER }); }), span: [start, end] };
    }
    LITERAL_RE.lastIndex = pos;
    const m = LITERAL_RE.exec(text);
    if (!m) fail();
    pos += m![0].length;
    const literal = m![0];
    const end = pos;
    return leaf(literal === 'null' ? null : literal, () => { if (literal !== 'null') edits.push({ start, end, text: QUOTED_MARKER }); });
  };
  try {
    const root = value(0);
    ws();
    return pos === text.length ? root : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- form (awsQuery / ec2Query)

function decodeComponent(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function objNode(): ValueNode {
  const node: ValueNode = { kind: 'obj', entries: [], value: null, redact: () => redactAll(node) };
  return node;
}

/** "A.B.1.C=v&…": keys split on "." into nested members; each value's raw span is what gets replaced. */
export function formTree(text: string, edits: Edit[], offset = 0): ValueNode {
  const root = objNode();
  let pos = 0;
  for (const part of text.split('&')) {
    const partStart = pos;
    pos += part.length + 1;
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decodeComponent(eq < 0 ? part : part.slice(0, eq));
    if (eq < 0) continue;
    const valueStart = offset + partStart + eq + 1;
    const valueEnd = offset + partStart + part.length;
    const value = decodeComponent(part.slice(eq + 1));
    let node = root;
    const segments = key.split('.');
    segments.forEach((seg, i) => {
      if (i === segments.length - 1) {
        node.entries.push([seg, leaf(value, () => { if (value !== '') edits.push({ start: valueStart, end: valueEnd, text: REDACTED }); })]);
        return;
      }
      let child = node.entries.find(([k, n]) => k === seg && n.kind === 'obj')?.[1];
      if (!child) {
        child = objNode();
        node.entries.push([seg, child]);
      }
      node = child;
    });
  }
  return root;
}

// ---------------------------------------------------------------- XML

const TAG_RE = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function xmlText(raw: string): string {
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d))).replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

interface OpenElement { name: string; contentStart: number; node: ValueNode; hasChildren: boolean }

/** Elements with child elements become objects; text-only elements become leaves spanning their text. */
export function xmlTree(text: string, edits: Edit[]): ValueNode | undefined {
  const docRoot = objNode();
  const stack: OpenElement[] = [];
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(text); m; m = TAG_RE.exec(text)) {
    if (m[2] === undefined) continue; // CDATA, comment, declaration
    const name = localName(m[2]);
    const parent = stack.at(-1);
    if (m[1] === '/') {
      const open = stack.pop();
      if (!open || open.name !== name) return undefined;
      if (!open.hasChildren) {
        const start = open.contentStart;
        const end = m.index;
        const value = xmlText(text.slice(start, end));
        const node = leaf(value, () => { if (end > start) edits.push({ start, end, text: REDACTED }); });
        const owner = stack.at(-1)?.node ?? docRoot;
        const slot = owner.entries.findIndex(([, n]) => n === open.node);
        if (slot >= 0) owner.entries[slot] = [name, node];
      }
      continue;
    }
    if (parent) parent.hasChildren = true;
    const node = objNode();
    (parent?.node ?? docRoot).entries.push([name, node]);
    if (m[4] !== '/') stack.push({ name, contentStart: m.index + m[0].length, node, hasChildren: false });
  }
  if (stack.length > 0) return undefined;
  return docRoot;
}

// ---------------------------------------------------------------- parsed values (params, CloudTrail records)

/** A deep copy of `value` and its tree; redacting a node writes the marker into the copy. */
export function objectTree(value: JsonValue): { copy: JsonValue; root: ValueNode } {
  const copy = structuredClone(value);
  const build = (v: JsonValue, set: (x: JsonValue) => void): ValueNode => {
    if (Array.isArray(v)) {
      return { kind: 'arr', entries: v.map((item, i) => [String(i), build(item, (x) => { v[i] = x; })]), value: null, redact: () => set(REDACTED) };
    }
    if (typeof v === 'object' && v !== null) {
      const o = v as JsonObject;
      return { kind: 'obj', entries: Object.keys(o).map((k) => [k, build(o[k] as JsonValue, (x) => { o[k] = x; })]), value: null, redact: () => set(REDACTED) };
    }
    return leaf(v === null ? null : String(v), () => { if (v !== null && v !== '') set(REDACTED); });
  };
  let root: JsonValue = copy;
  const node = build(copy, (x) => { root = x; });
  return { get copy() { return root; }, root: node };
}

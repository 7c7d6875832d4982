// Redaction of one body (text as captured) or of parsed values, by shape: the operation's sensitive
// members (plan) plus the context rules in redact-tree.ts. Text bodies are rewritten only where a secret
// value sits; a body that cannot be parsed completely is replaced as a whole, since a partial parse
// cannot promise the secret is gone.
import type { JsonObject, JsonValue } from '../../../shared/cloudtrail-record.ts';
import { looksLikeForm } from '../decode/form.ts';
import { redactTree, scrubPresigned } from './redact-tree.ts';
import type { SensitivePlan } from './sensitive-index.ts';
import { REDACTED } from './secret-names.ts';
import { applyEdits, formTree, jsonTree, objectTree, xmlTree, type Edit, type ValueNode } from './value-tree.ts';

const MAX_NESTING = 4;

/** A string inside a JSON body that is itself a body (console envelope "contentString"). */
function isNestedBody(node: ValueNode): boolean {
  const v = node.value;
  if (node.kind !== 'leaf' || v === null || v.length < 2 || !node.span) return false;
  const t = v.trimStart();
  return t.startsWith('{') || t.startsWith('[') || t.startsWith('<') || looksLikeForm(v);
}

function redactJsonText(text: string, plan: SensitivePlan | null, depth: number): string {
  const edits: Edit[] = [];
  const root = jsonTree(text, edits);
  // A string that merely looks like JSON ("[prod] core VPC") is not a nested body: leave it alone.
  if (!root) return depth > 0 ? text : REDACTED;
  redactTree(root, plan);
  // Nested bodies: their own secrets, then the string literal is re-encoded only if something changed.
  const visit = (node: ValueNode): void => {
    for (const [, child] of node.entries) {
      if (isNestedBody(child) && depth < MAX_NESTING) {
        const inner = child.value as string;
        const redacted = redactBodyText(inner, false, plan, depth + 1);
        if (redacted !== inner) {
          const [start, end] = child.span as [number, number];
          edits.push({ start, end, text: JSON.stringify(redacted) });
        }
      } else visit(child);
    }
  };
  visit(root);
  return applyEdits(text, edits);
}

/**
 * @param plan the operation's sensitive members for this direction (null when the operation is unknown:
 *   context rules and credential names still apply).
 */
export function redactBodyText(text: string, truncated: boolean, plan: SensitivePlan | null, depth = 0): string {
  const trimmed = text.trimStart();
  let out: string;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) out = redactJsonText(text, plan, depth);
  else if (trimmed.startsWith('<')) {
    // A body cut mid-element may end in "<Secret>abc" with no closing tag: drop the unfinished tail.
    const body = truncated ? text.slice(0, text.lastIndexOf('>') + 1) : text;
    const edits: Edit[] = [];
    const root = xmlTree(body, edits) ?? (truncated ? xmlTreeOfPrefix(body, edits) : undefined);
    if (!root) return depth > 0 ? text : REDACTED;
    redactTree(root, plan, { transparentLevels: 2 });
    out = applyEdits(body, edits);
  } else if (looksLikeForm(text)) {
    const edits: Edit[] = [];
    const root = formTree(text, edits);
    redactTree(root, plan);
    out = applyEdits(text, edits);
  } else out = text;
  return scrubPresigned(out);
}

/** A truncated XML body: close the open elements virtually so what was received can still be walked. */
function xmlTreeOfPrefix(body: string, edits: Edit[]): ValueNode | undefined {
  const open: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    if (m[3] === '/') continue;
    if (m[1] === '/') open.pop();
    else open.push(m[2] as string);
  }
  const closed = `${body}${open.reverse().map((n) => `</${n}>`).join('')}`;
  const tree = xmlTree(closed, edits);
  return tree;
}

function scrubStrings(value: JsonValue): JsonValue {
  if (typeof value === 'string') return scrubPresigned(value);
  if (Array.isArray(value)) return value.map(scrubStrings);
  if (value !== null && typeof value === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrubStrings(v);
    return out;
  }
  return value;
}

/** A redacted copy of parsed values (decoded request params, CloudTrail parameters). */
export function redactValue(value: JsonValue, plan: SensitivePlan | null): JsonValue {
  const tree = objectTree(value);
  redactTree(tree.root, plan);
  return scrubStrings(tree.copy);
}

export function redactObject(value: JsonObject | null, plan: SensitivePlan | null): JsonObject | null {
  if (value === null) return null;
  const out = redactValue(value, plan);
  return typeof out === 'object' && out !== null && !Array.isArray(out) ? out : null;
}

// application/x-www-form-urlencoded bodies as awsQuery/ec2Query send them
// (https://smithy.io/2.0/aws/protocols/aws-query-protocol.html, .../aws-ec2-query-protocol.html).
import type { JsonObject, JsonValue } from '../../../shared/cloudtrail-record.ts';

export function parseFormPairs(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    pairs.push([decodeComponent(rawKey), decodeComponent(rawValue)]);
  }
  return pairs;
}

function decodeComponent(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

export function encodeFormPairs(pairs: [string, string][]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** True when a text body looks like a query-protocol form (starts with a key=value pair). */
export function looksLikeForm(text: string): boolean {
  return /^[A-Za-z0-9_.\-%]+=[^&]*(&|$)/.test(text) && !text.trimStart().startsWith('{');
}

/**
 * The largest list position a query key may name ("Foo.1000"). AWS caps request lists far lower (EC2
 * filters, IAM policies); a bigger index is hostile or broken input and would otherwise build a huge
 * sparse array that serialises to millions of nulls. Such pairs are dropped.
 */
export const MAX_QUERY_LIST_INDEX = 1000;

function hasOversizedIndex(path: string[]): boolean {
  return path.some((seg) => /^\d+$/.test(seg) && (seg.length > 4 || Number(seg) > MAX_QUERY_LIST_INDEX));
}

/**
 * Turns flat query keys into nested params: "TagSpecification.1.Tag.1.Key" becomes
 * {TagSpecification:[{Tag:[{Key}]}]}; awsQuery's "member"/"entry" list markers are dropped.
 * Action and Version are protocol fields, not operation parameters.
 */
export function unflattenQueryParams(pairs: [string, string][]): JsonObject {
  const root: JsonObject = {};
  for (const [key, value] of pairs) {
    if (key === 'Action' || key === 'Version') continue;
    const path = key.split('.').filter((seg) => seg !== 'member' && seg !== 'entry');
    if (hasOversizedIndex(path) || path.includes('__proto__')) continue;
    let node: JsonObject | JsonValue[] = root;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i] as string;
      const last = i === path.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(path[i + 1] as string);
      if (Array.isArray(node)) {
        const idx = Math.max(0, Number(seg) - 1);
        if (last) node[idx] = value;
        else {
          const existing: JsonValue | undefined = node[idx];
          const child: JsonObject | JsonValue[] = typeof existing === 'object' && existing !== null ? existing : nextIsIndex ? [] : {};
          node[idx] = child;
          node = child;
        }
      } else {
        if (last) node[seg] = value;
        else {
          const existing: JsonValue | undefined = node[seg];
          const child: JsonObject | JsonValue[] = typeof existing === 'object' && existing !== null ? existing : nextIsIndex ? [] : {};
          node[seg] = child;
          node = child;
        }
      }
    }
  }
  return root;
}

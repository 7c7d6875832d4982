// Redaction of parsed values and of text bodies in each format the protocols use.
import type { JsonObject, JsonValue } from '../../../shared/cloudtrail-record.ts';
import { encodeFormPairs, looksLikeForm, parseFormPairs } from '../decode/form.ts';
import { isJsonObject, parseJson } from '../decode/json-body.ts';
import { REDACTED, isSecretField, isSecretHeader as isSecretHeaderName } from './secret-names.ts';

/** Deep copy with every secret-named member replaced; nested JSON strings (envelopes) are redacted too. */
export function redactJson(value: JsonValue, depth = 0): JsonValue {
  if (depth > 64) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => redactJson(v, depth + 1));
  if (isJsonObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      if (isSecretField(k) && v !== null && v !== '') out[k] = REDACTED;
      else if (k.toLowerCase() === 'headers' && isJsonObject(v)) out[k] = redactHeaderObject(v);
      else out[k] = redactJson(v, depth + 1);
    }
    return out;
  }
  if (typeof value === 'string' && value.length > 1 && (value.startsWith('{') || value.startsWith('[') || value.startsWith('<') || looksLikeForm(value))) {
    // Envelope "contentString" and similar: a request body inside a string.
    return redactText(value);
  }
  return value;
}

function redactHeaderObject(headers: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(headers)) out[k] = isSecretHeaderName(k) ? REDACTED : redactJson(v);
  return out;
}

export function redactJsonObject(value: JsonObject | null): JsonObject | null {
  if (value === null) return null;
  const out = redactJson(value);
  return isJsonObject(out) ? out : null;
}

/** XML: the text of any element whose name is secret-like, e.g. IAM CreateAccessKey's <SecretAccessKey>. */
export function redactXml(text: string): string {
  return text.replace(/<([A-Za-z_][\w.-]*)(\s[^>]*)?>([^<]*)<\/\1>/g, (whole, name: string, attrs: string | undefined, inner: string) =>
    isSecretField(name) && inner !== '' ? `<${name}${attrs ?? ''}>${REDACTED}</${name}>` : whole);
}

/**
 * Text bodies of unknown format: JSON, form or XML are parsed and redacted by member name. Anything
 * else is scanned for "secret-name=value" / "secret-name": "value" shapes. Unparseable JSON-looking text
 * (e.g. cut at the size cap) is dropped entirely: a partial parse cannot promise the secret is gone.
 */
export function redactText(text: string, truncated = false): string {
  // A body cut mid-element may end in "<Secret>abc" with no closing tag: drop the unfinished tail.
  if (truncated && text.trimStart().startsWith('<')) return redactXml(text.slice(0, text.lastIndexOf('>') + 1));
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseJson(text);
    return parsed === undefined ? REDACTED : JSON.stringify(redactJson(parsed));
  }
  if (trimmed.startsWith('<')) return redactXml(text);
  if (looksLikeForm(text)) {
    return encodeFormPairs(parseFormPairs(text).map(([k, v]): [string, string] => {
      const lastSegment = k.split('.').filter((s) => !/^\d+$/.test(s)).at(-1) ?? k;
      return [k, isSecretField(lastSegment) ? REDACTED : String(redactJson(v))];
    }));
  }
  return redactLooseText(text);
}

function redactLooseText(text: string): string {
  return text.replace(/(["']?)([A-Za-z_][\w-]*)\1(\s*[:=]\s*)("(?:[^"\\]|\\.)*"|[^\s&,;}]+)/g, (whole, q: string, name: string, sep: string, value: string) =>
    isSecretField(name) ? `${q}${name}${q}${sep}${value.startsWith('"') ? `"${REDACTED}"` : REDACTED}` : whole);
}

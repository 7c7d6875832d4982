// Finds other resources' identifiers inside longer strings (`arn:aws:s3:::logs/*`, a queue ARN in a
// policy condition), in one scan per string against an index built once for the whole manifest.
//
// Only identifiers that cannot be mistaken for ordinary words are looked for: ARNs and URLs (they
// carry their own `scheme:` prefix), EC2-style IDs (`vpc-0abc12345`, a type prefix and eight or more
// hex digits with both a letter and a digit) and UUIDs (KMS key IDs). A bucket, role or log group
// *name* alone is never searched for: "logs" or "admin" occur in many unrelated strings. Inside an
// ARN a name is still found, through its resource's ARN (`arn:aws:s3:::logs` is the bucket's ARN).
//
// Matches end at token boundaries. An ARN or URL ends where the text stops or goes on with a character
// no resource name continues with (`/`, `:`, `*`, `?`, a quote, whitespace, punctuation: a path below
// it, a qualifier, a wildcard), never before one that would make it a longer name (`logs-archive`,
// `logs.example.com`, IAM's `+=.@`, a policy variable `logs${aws:username}`). An ID only as a whole
// word. The longest identifier starting at a position wins (an object ARN over its bucket's).

/** A value some resource exports, and what it is found by. */
export interface MatchTarget<T> {
  readonly value: string;
  readonly target: T;
}

export interface StringMatch<T> {
  /** UTF-16 offsets of the identifier in the string: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Every target exporting exactly this identifier, in the order they were indexed. */
  readonly targets: readonly T[];
}

/** `arn:partition:service:…` and `https://…`: identifiers that start with their own prefix. */
const PREFIXED = /^(?:arn:aws(?:-[a-z]+)*:[a-z0-9-]+:|https:\/\/)[^\s"'<>\\^`{|},;()[\]]+$/;
/** `vpc-0abc12345`, `eipalloc-…`, `tgw-attach-…`: a lower-case type prefix, then hex digits. */
const PREFIX_HEX_ID = /^[a-z]+(?:-[a-z]+)*-([0-9a-f]{8,})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Characters no indexed ARN or URL contains: the furthest a prefixed identifier can reach. */
const HARD_STOP = /[\s"'<>\\^`{|},;()[\]]/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NONE: readonly never[] = Object.freeze([]);

type Kind = 'prefixed' | 'uuid' | 'id';

/** How an identifier is found inside other strings, or undefined when it is not looked for at all. */
function kindOf(value: string): Kind | undefined {
  const first = value.charCodeAt(0);
  if (first === 0x61 /* a */ || first === 0x68 /* h */) {
    if (value.startsWith('arn:') || value.startsWith('https://')) return PREFIXED.test(value) ? 'prefixed' : undefined;
  }
  if (value.length === 36 && UUID.test(value)) return 'uuid';
  const hex = value.includes('-') ? PREFIX_HEX_ID.exec(value)?.[1] : undefined;
  // A date or a counter (`backup-20240101`) is all digits, a word (`cafe-deadbeef`) all letters.
  return hex !== undefined && /[0-9]/.test(hex) && /[a-f]/.test(hex) ? 'id' : undefined;
}

/** True for an identifier worth finding inside other strings (see the file comment). */
export function isDistinctive(value: string): boolean {
  return kindOf(value) !== undefined;
}

/** Per ASCII code: 1 when the character would continue an ARN or URL into a longer name. */
const EXTENDS = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.+=@$-') EXTENDS[ch.charCodeAt(0)] = 1;

/**
 * Identifiers by value. Starts of ARNs and URLs are found by one pattern (`arn:aws` or `https://`
 * outside a word), IDs by one alternation of the indexed ID prefixes (`vpc-`, `sg-` …), both built once;
 * a candidate is then one Map lookup. A string costs one scan whatever the number of resources.
 */
export class StringMatcher<T> {
  private readonly byValue = new Map<string, T[]>();
  private readonly idPrefixes = new Set<string>();
  private hasUuid = false;
  private longestPrefixed = 0;
  private shortest = Infinity;
  /** Lengths of the indexed ARNs and URLs: a candidate of another length is not looked up. */
  private readonly prefixedLengths = new Set<number>();
  /** Built on the first find(), after every add(). */
  private patterns: { readonly prefixedStart?: RegExp; readonly wordId?: RegExp } | undefined;

  constructor(entries: Iterable<MatchTarget<T>> = []) {
    for (const { value, target } of entries) this.add(value, target);
  }

  /** Indexes `value` for `target`; values not worth finding in other strings are left out. */
  add(value: string, target: T): void {
    const list = this.byValue.get(value);
    if (list) {
      list.push(target);
      return;
    }
    const kind = kindOf(value);
    if (kind === undefined) return;
    this.patterns = undefined;
    this.byValue.set(value, [target]);
    if (value.length < this.shortest) this.shortest = value.length;
    if (kind === 'prefixed') {
      if (value.length > this.longestPrefixed) this.longestPrefixed = value.length;
      this.prefixedLengths.add(value.length);
    } else if (kind === 'uuid') {
      this.hasUuid = true;
    } else {
      this.idPrefixes.add(value.slice(0, value.lastIndexOf('-') + 1));
    }
  }

  private compile(): { readonly prefixedStart?: RegExp; readonly wordId?: RegExp } {
    const idAlternatives = [...this.idPrefixes].sort().map((p) => `${escapeRegExp(p)}[0-9a-f]{8,}`);
    if (this.hasUuid) idAlternatives.push('[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}');
    return {
      prefixedStart: this.longestPrefixed > 0 ? /(?<![A-Za-z0-9_-])(?:arn:aws|https:\/\/)/g : undefined,
      wordId: idAlternatives.length > 0 ? new RegExp(`(?<![A-Za-z0-9_-])(?:${idAlternatives.join('|')})(?![A-Za-z0-9_-])`, 'g') : undefined,
    };
  }

  get size(): number {
    return this.byValue.size;
  }

  /** The indexed identifiers in `text`, left to right, none overlapping; the longest wins a position. */
  find(text: string): readonly StringMatch<T>[] {
    if (text.length < this.shortest) return NONE;
    this.patterns ??= this.compile();
    const found: StringMatch<T>[] = [];
    // indexOf first: most strings hold neither, and it is far cheaper than the pattern's lookbehind.
    const { prefixedStart, wordId } = this.patterns;
    if (prefixedStart && (text.includes('arn:aws') || text.includes('https://'))) this.findPrefixed(text, prefixedStart, found);
    if (wordId && text.includes('-')) this.findWords(text, wordId, found);
    if (found.length === 0) return NONE;
    if (found.length === 1) return found;
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: StringMatch<T>[] = [];
    let end = 0;
    for (const m of found) {
      if (m.start < end) continue;
      kept.push(m);
      end = m.end;
    }
    return kept;
  }

  private findPrefixed(text: string, starts: RegExp, out: StringMatch<T>[]): void {
    starts.lastIndex = 0;
    for (let m = starts.exec(text); m !== null; m = starts.exec(text)) {
      const start = m.index;
      HARD_STOP.lastIndex = start;
      const stop = HARD_STOP.exec(text)?.index ?? text.length;
      // Candidate ends from the furthest back: the first identifier found is the longest.
      for (let end = Math.min(stop, start + this.longestPrefixed); end > start; end--) {
        if (!this.prefixedLengths.has(end - start)) continue;
        if (end < text.length) {
          const code = text.charCodeAt(end);
          if (code < 128 && EXTENDS[code] === 1) continue;
        }
        const targets = this.byValue.get(text.slice(start, end));
        if (targets === undefined) continue;
        out.push({ start, end, targets });
        starts.lastIndex = end;
        break;
      }
    }
  }

  private findWords(text: string, ids: RegExp, out: StringMatch<T>[]): void {
    ids.lastIndex = 0;
    for (let m = ids.exec(text); m !== null; m = ids.exec(text)) {
      // The pattern admits any hex run after a known prefix; only indexed values count.
      const targets = this.byValue.get(m[0]);
      if (targets !== undefined) out.push({ start: m.index, end: m.index + m[0].length, targets });
    }
  }
}

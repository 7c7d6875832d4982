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
/** Characters that would continue an ARN or URL into a longer name (IAM names allow `+=.@`). */
const EXTENDS = /[A-Za-z0-9_.+=@$-]/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True for an identifier worth finding inside other strings (see the file comment). */
export function isDistinctive(value: string): boolean {
  if (PREFIXED.test(value)) return true;
  if (UUID.test(value)) return true;
  const hex = PREFIX_HEX_ID.exec(value)?.[1];
  // A date or a counter (`backup-20240101`) is all digits, a word (`cafe-deadbeef`) all letters.
  return hex !== undefined && /[0-9]/.test(hex) && /[a-f]/.test(hex);
}

export class StringMatcher<T> {
  private readonly byValue = new Map<string, T[]>();
  /** Start of every prefixed identifier (`arn:aws…:` / `https://`), not inside a word. */
  private readonly prefixedStart: RegExp | undefined;
  /** Every indexed ID as a whole word: one alternation of the ID prefixes, built once. */
  private readonly wordId: RegExp | undefined;
  private readonly longestPrefixed: number;
  private readonly shortest: number;

  constructor(entries: Iterable<MatchTarget<T>>) {
    const idPrefixes = new Set<string>();
    let hasPrefixed = false;
    let hasUuid = false;
    let longest = 0;
    let shortest = Infinity;
    for (const { value, target } of entries) {
      if (!isDistinctive(value)) continue;
      const list = this.byValue.get(value);
      if (list) {
        list.push(target);
        continue;
      }
      this.byValue.set(value, [target]);
      shortest = Math.min(shortest, value.length);
      if (PREFIXED.test(value)) {
        hasPrefixed = true;
        longest = Math.max(longest, value.length);
      } else if (UUID.test(value)) {
        hasUuid = true;
      } else {
        idPrefixes.add(value.slice(0, value.lastIndexOf('-') + 1));
      }
    }
    this.longestPrefixed = longest;
    this.shortest = shortest;
    this.prefixedStart = hasPrefixed ? /(?<![A-Za-z0-9_-])(?:arn:aws|https:\/\/)/g : undefined;
    const idAlternatives = [...idPrefixes].sort().map((p) => `${escapeRegExp(p)}[0-9a-f]{8,}`);
    if (hasUuid) idAlternatives.push('[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}');
    this.wordId = idAlternatives.length > 0 ? new RegExp(`(?<![A-Za-z0-9_-])(?:${idAlternatives.join('|')})(?![A-Za-z0-9_-])`, 'g') : undefined;
  }

  get size(): number {
    return this.byValue.size;
  }

  /** The indexed identifiers in `text`, left to right, none overlapping; the longest wins a position. */
  find(text: string): StringMatch<T>[] {
    if (text.length < this.shortest) return [];
    const found: StringMatch<T>[] = [];
    if (this.prefixedStart) this.findPrefixed(text, this.prefixedStart, found);
    if (this.wordId) this.findWords(text, this.wordId, found);
    if (found.length < 2) return found;
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
        if (end < text.length && EXTENDS.test(text[end]!)) continue;
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

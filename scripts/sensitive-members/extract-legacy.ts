// The `sensitive` members of clients AWS has not republished since before the static schema format
// (3.9xx and older; about 80 of the pinned clients). Their code generator turned the trait into log
// filters instead: dist-es/models/models_*.js holds one `<Shape>FilterSensitiveLog = (obj) => ...` per
// shape, which replaces a sensitive member with SENSITIVE_STRING or calls the member shape's own filter
// (`obj.X.map((item) => ...)` for a list), and each dist-es/commands/<Op>Command.js names the filters of
// its input and output (`.f(In, Out)`, or `inputFilterSensitiveLog: In` in 3.3xx clients).
// A filter holding a form this reader does not know throws, so a new form is never skipped silently.
import type { ReadPackageFile } from '../aws-sdk-schemas/package-files.ts';

/** `X: <value>` where the value hides X or filters it with another shape's filter. */
const MEMBER = new RegExp([
  String.raw`(\w+):\s*(?:`,
  String.raw`(SENSITIVE_STRING)`,
  String.raw`|(\w+)FilterSensitiveLog\(obj\.\w+\)`,
  String.raw`|obj\.\w+\.map\(\(item\)\s*=>\s*(?:(SENSITIVE_STRING)|(\w+)FilterSensitiveLog\(item\))\)`,
  String.raw`|Object\.entries\(obj\.\w+\)\.reduce\(\(acc,\s*\[key,\s*value\]\)\s*=>\s*\(\(acc\[key\]\s*=\s*(?:(SENSITIVE_STRING)|(\w+)FilterSensitiveLog\(value\))\),\s*acc\),\s*\{\}\)`,
  ')',
].join(''), 'g');

type Member = { name: string; suffix: '' | '[]' | '{}'; filter: string | null };

/** Every filter of the client's models files: shape name → the members it hides or filters further. */
function readFilters(read: ReadPackageFile, client: string): Map<string, Member[]> {
  const filters = new Map<string, Member[]>();
  for (let i = 0; ; i++) {
    const source = read(`dist-es/models/models_${i}.js`);
    if (source === null) break;
    const starts = [...source.matchAll(/^export const (\w+)FilterSensitiveLog = /gm)];
    starts.forEach((start, k) => {
      const body = source.slice((start.index ?? 0) + start[0].length, starts[k + 1]?.index ?? source.length);
      const members: Member[] = [];
      const rest = body.replace(MEMBER, (_all, name: string, leaf?: string, nested?: string, leafItem?: string, nestedItem?: string, _leafValue?: string, nestedValue?: string) => {
        if (leaf || nested) members.push({ name, suffix: '', filter: nested ?? null });
        else if (leafItem || nestedItem) members.push({ name, suffix: '[]', filter: nestedItem ?? null });
        else members.push({ name, suffix: '{}', filter: nestedValue ?? null });
        return '';
      });
      if (/SENSITIVE_STRING|FilterSensitiveLog\(/.test(rest)) {
        throw new Error(`${client}: ${start[1]}FilterSensitiveLog has a form the legacy reader does not know: ${rest.trim().slice(0, 200)}`);
      }
      filters.set(start[1] ?? '', members);
    });
  }
  return filters;
}

/** The member paths a filter hides, in the table's syntax ("A.[].B"); recursion stops at a shape already on the path. */
function pathsOf(filter: string | null, filters: Map<string, Member[]>, seen: Set<string> = new Set()): string[] {
  if (filter === null || seen.has(filter)) return [];
  const members = filters.get(filter);
  if (!members) return [];
  seen.add(filter);
  const out: string[] = [];
  for (const m of members) {
    const head = m.suffix ? `${m.name}.${m.suffix}` : m.name;
    if (m.filter === null) out.push(head);
    else for (const p of pathsOf(m.filter, filters, seen)) out.push(`${head}.${p}`);
  }
  seen.delete(filter);
  return out;
}

/** Per operation, the sensitive input and output paths; null when the client has no models files. */
export function extractLegacySensitivePaths(read: ReadPackageFile, client: string, commandNames: readonly string[]): Map<string, { in: string[]; out: string[] }> | null {
  if (read('dist-es/models/models_0.js') === null) return null;
  const filters = readFilters(read, client);
  const result = new Map<string, { in: string[]; out: string[] }>();
  for (const command of commandNames) {
    const source = read(`dist-es/commands/${command}Command.js`);
    if (source === null) throw new Error(`${client}: dist-es/commands/${command}Command.js is missing`);
    const modern = /\.f\((?:(\w+)FilterSensitiveLog|void 0),\s*(?:(\w+)FilterSensitiveLog|void 0)\)/.exec(source);
    const input = modern ? modern[1] : /inputFilterSensitiveLog:\s*(\w+)FilterSensitiveLog/.exec(source)?.[1];
    const output = modern ? modern[2] : /outputFilterSensitiveLog:\s*(\w+)FilterSensitiveLog/.exec(source)?.[1];
    const name = /\.s\("[^"]*",\s*"(\w+)"/.exec(source)?.[1] ?? command;
    result.set(name, { in: [...new Set(pathsOf(input ?? null, filters))].sort(), out: [...new Set(pathsOf(output ?? null, filters))].sort() });
  }
  return result;
}

/** Command names of a legacy client: every dist-es/commands/<Op>Command.js its commands index exports. */
export function legacyCommandNames(read: ReadPackageFile): string[] {
  const index = read('dist-es/commands/index.js') ?? '';
  return [...index.matchAll(/export \* from "\.\/(\w+)Command"/g)].map((m) => m[1] ?? '').filter(Boolean);
}

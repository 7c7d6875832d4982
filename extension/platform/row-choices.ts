// The rows whose Generate tick the user changed, per session, shared by the popup and the review tab
// (both extension pages of one origin, so localStorage is theirs alone). Only row keys ("a:<id>",
// "e:<eventID>") and the chosen state are kept; a row whose choice equals its default has no entry.
const key = (sessionId: number) => `trailform.row-choices.${sessionId}`;

export type RowChoices = ReadonlyMap<string, boolean>;

export function readRowChoices(sessionId: number): Map<string, boolean> {
  try {
    const raw = localStorage.getItem(key(sessionId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new Map();
    return new Map(Object.entries(parsed).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
  } catch {
    return new Map();
  }
}

export function writeRowChoices(sessionId: number, choices: RowChoices): void {
  if (choices.size === 0) localStorage.removeItem(key(sessionId));
  else localStorage.setItem(key(sessionId), JSON.stringify(Object.fromEntries(choices)));
}

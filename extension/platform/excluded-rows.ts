// Which rows the user unticked, per session, shared by the popup and the review tab (both extension
// pages of one origin, so localStorage is theirs alone). Only row keys are kept ("a:<id>", "e:<eventID>").
const key = (sessionId: number) => `trailform.excluded.${sessionId}`;

export function readExcluded(sessionId: number): Set<string> {
  try {
    const raw = localStorage.getItem(key(sessionId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

export function writeExcluded(sessionId: number, keys: ReadonlySet<string>): void {
  if (keys.size === 0) localStorage.removeItem(key(sessionId));
  else localStorage.setItem(key(sessionId), JSON.stringify([...keys]));
}

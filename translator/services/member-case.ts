// CloudTrail writes most request and response members with the first letter lower-cased
// (`HostedZoneId` → `hostedZoneId`), but REST services whose wire names are capitalised
// (`ConnectPeerId`) keep them: an identifier path is tried in both spellings.

import type { MapperEvent } from './mapper';
import { optString } from './read';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Each `request.X.Y` / `response.X.Y` path with its members lower-cased first, then capitalised. */
export function eitherCase(...paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    const [side, ...members] = path.split('.');
    for (const spell of [lower, upper]) {
      const variant = [side, ...members.map(spell)].join('.');
      if (!out.includes(variant)) out.push(variant);
    }
  }
  return out;
}

/** The first string found at these paths, each tried in both spellings (`request.x` reads the request). */
export function readEitherCase(event: Pick<MapperEvent, 'request' | 'response'>, ...paths: readonly string[]): string | undefined {
  for (const path of eitherCase(...paths)) {
    const dot = path.indexOf('.');
    const found = optString(path.slice(0, dot) === 'response' ? event.response : event.request, path.slice(dot + 1));
    if (found !== undefined) return found;
  }
  return undefined;
}

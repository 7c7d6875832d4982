// Requests that are never user actions: CORS preflights, the console's credential vending, telemetry,
// and console-internal preference/metadata services (see shared/reference/console-traffic.md §2).
import type { RequestView } from '../request-view.ts';

export type NoiseReason = 'preflight' | 'credentials' | 'telemetry' | 'console-internal' | 'static' | 'non-aws';

export function noiseReason(view: RequestView, url: URL): NoiseReason | null {
  if (view.method === 'OPTIONS') return 'preflight';
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  if (/\/tb\/(?:browser)?creds\b/.test(path)) return 'credentials';
  if (host.includes('panorama') || host.startsWith('shortbread.') || host.includes('.analytics.console.')
    || path.includes('/panoramaroute') || path.endsWith('/metrics') || path.includes('/clientlog')) return 'telemetry';
  if (host.endsWith('.console.api.aws') || (host.endsWith('.a2z.com') && host.includes('console'))) return 'console-internal';
  if (path.includes('/lotus/')) return 'console-internal';
  if (host.endsWith('awsstatic.com')) return 'static';
  return null;
}

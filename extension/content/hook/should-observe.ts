import { isAwsHost } from '../../capture/classify/aws-host.ts';

/**
 * The hook's cheap pre-filter: requests to AWS hosts that can change something. GET/HEAD are reads
 * except query-protocol calls (Action= in the URL); OPTIONS are preflights.
 */
export function shouldObserve(method: string, url: URL): boolean {
  if (method === 'OPTIONS') return false;
  if ((method === 'GET' || method === 'HEAD') && !url.search.includes('Action=')) return false;
  if (url.protocol !== 'https:') return false;
  return isAwsHost(url.hostname);
}

export function isCredentialVending(url: URL): boolean {
  return /\/tb\/(?:browser)?creds\b/.test(url.pathname);
}

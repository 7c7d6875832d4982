// The page hook's side of the shared capture rule (extension/capture/observe-rule.ts).
export { isObservable as shouldObserve } from '../../capture/observe-rule.ts';

export function isCredentialVending(url: URL): boolean {
  return /\/tb\/(?:browser)?creds\b/.test(url.pathname);
}

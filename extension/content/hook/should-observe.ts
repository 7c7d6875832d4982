// The page hook's side of the shared capture rule (extension/capture/observe-rule.ts).
import { isCredentialVendingUrl } from '../../capture/observe-rule.ts';

export { isObservable as shouldObserve } from '../../capture/observe-rule.ts';

export function isCredentialVending(url: URL): boolean {
  return isCredentialVendingUrl(url.pathname);
}

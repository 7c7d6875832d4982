// Tries every protocol's recovery rule against a request and the services its host may belong to.
import type { RequestView } from '../request-view.ts';
import type { ServiceModel } from './model-index.ts';
import { matchCborPath, matchJsonTarget, matchQueryAction, type OperationMatch } from './match-rpc.ts';
import { matchRestRequest } from './match-rest.ts';

/**
 * @param pathPrefix for S3 virtual-hosted requests "/<bucket>", so "/{Bucket}/…" templates match.
 */
export function matchOperation(view: RequestView, url: URL, candidates: ServiceModel[], pathPrefix = ''): OperationMatch | null {
  if (candidates.length === 0) return null;
  if (url.pathname.startsWith('/service/')) {
    const cbor = matchCborPath(view, url, candidates);
    if (cbor) return cbor;
  }
  const json = matchJsonTarget(view, candidates);
  if (json) return json;
  // Query-compatible JSON services (SQS) still accept the legacy Action= form, so try it for all.
  const query = matchQueryAction(view, url, candidates);
  if (query) return query;
  const path = pathPrefix === '' ? url.pathname : url.pathname === '/' ? pathPrefix : `${pathPrefix}${url.pathname}`;
  return matchRestRequest(view, path, url, candidates);
}

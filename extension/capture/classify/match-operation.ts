// Tries every protocol's recovery rule against a request and the services its host may belong to.
import type { RequestView } from '../request-view.ts';
import type { ServiceModel } from './model-index.ts';
import { matchCborPath, matchJsonTarget, matchQueryAction, type OperationMatch } from './match-rpc.ts';
import { matchRestRequest, type BucketLocation } from './match-rest.ts';

/**
 * @param s3 where an S3 request carries its bucket (host or first path segment).
 */
export function matchOperation(view: RequestView, url: URL, candidates: ServiceModel[], s3: BucketLocation = { bucket: null, pathStyle: true }): OperationMatch | null {
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
  return matchRestRequest(view, url.pathname, url, candidates, s3);
}

// The page hook, the webRequest observer and the background apply one rule: whatever the capture paths
// skip by name (reads, data-plane calls) the background never stores either, for every operation of
// every RPC-style service in the table.
import { classifyRequest } from '../../../extension/capture/classify/classify-request.ts';
import { isStored } from '../../../extension/capture/classify/classification.ts';
import { defaultModels } from '../../../extension/capture/classify/default-models.ts';
import { isSkippedOperation, shouldCapture } from '../../../extension/capture/observe-rule.ts';
import type { RequestView } from '../../../extension/capture/request-view.ts';

const models = defaultModels();

function request(service: (typeof models.services)[number], op: string): RequestView | null {
  const host = `https://${service.endpointPrefix}.us-east-1.amazonaws.com/`;
  if (service.protocol === 'json' && service.targetPrefix) {
    return { method: 'POST', url: host, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${service.targetPrefix}.${op}` }, bodyText: '{}' };
  }
  if (service.protocol === 'query' || service.protocol === 'ec2') {
    return { method: 'POST', url: host, headers: { 'content-type': 'application/x-www-form-urlencoded' }, bodyText: `Action=${op}&Version=${service.apiVersion}` };
  }
  return null;
}

describe('one capture rule', () => {
  test('an operation the capture paths skip is never stored by the background', () => {
    const disagreements: string[] = [];
    let checked = 0;
    for (const service of models.services) {
      for (const op of service.operations.keys()) {
        const view = request(service, op);
        if (!view) continue;
        checked++;
        const pageKeeps = shouldCapture(view.method, new URL(view.url), Object.entries(view.headers), view.bodyText ?? null);
        expect(pageKeeps).toBe(!isSkippedOperation(op));
        const stored = isStored(classifyRequest(view, models));
        if (!pageKeeps && stored) disagreements.push(`${service.id}.${op}`);
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(disagreements).toEqual([]);
  });
});

test('an API body member named "operation" is not taken for the operation name', () => {
  const url = new URL('https://lambda.us-east-1.amazonaws.com/2015-03-31/functions');
  expect(shouldCapture('POST', url, [['content-type', 'application/json']], '{"FunctionName":"f","operation":"GetThing"}')).toBe(true);
  const consoleUrl = new URL('https://us-east-1.console.aws.amazon.com/lambda/services/ajax');
  expect(shouldCapture('POST', consoleUrl, [['content-type', 'application/json']], '{"operation":"getFunction"}')).toBe(false);
});

describe('REST matching and valueless query keys', () => {
  const models = defaultModels();
  const classify = (method: string, url: string, body?: string) => classifyRequest(body === undefined ? { method, url, headers: {} } : { method, url, headers: {}, bodyText: body }, models);
  test('a bare key the template lacks means no match; an empty optional member does not', () => {
    expect(classify('PUT', 'https://b.s3.us-east-1.amazonaws.com/?metadataInventoryTable', '<x/>')).toMatchObject({ operation: 'UpdateBucketMetadataInventoryTableConfiguration' });
    expect(classify('PUT', 'https://b.s3.us-east-1.amazonaws.com/?frobnicate', '<x/>')).toMatchObject({ kind: 'unclassified' });
    expect(classify('DELETE', 'https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/app?Qualifier=')).toMatchObject({ kind: 'action', operation: 'DeleteFunction' });
  });
  test('an envelope sub-resource the template lacks is not taken for the bucket operation', () => {
    const url = 'https://s3.console.aws.amazon.com/s3/proxy';
    const env = (params: Record<string, string>) => JSON.stringify({ operation: 'x', method: 'PUT', path: '/bkt', params, contentString: '<x/>' });
    expect(classify('POST', url, env({ metadataInventoryTable: '' }))).toMatchObject({ operation: 'UpdateBucketMetadataInventoryTableConfiguration' });
    expect(classify('POST', url, env({ encryption: '' }))).toMatchObject({ operation: 'PutBucketEncryption' });
  });
});

// "Test connection": one LookupEvents call (the last hour, ReadOnly=false, one result) and the
// failure in plain words.
import type { TestConnectionResult } from '../../shared/cloudtrail-messages.ts';
import { explainLookupError } from './explain-error.ts';
import type { CloudTrailLookup } from './types.ts';

export async function testConnection(lookup: CloudTrailLookup, region: string, now: number): Promise<TestConnectionResult> {
  try {
    const page = await lookup.lookupPage({ region, attribute: { key: 'ReadOnly', value: 'false' }, startTime: now - 3_600_000, endTime: now }, null);
    return { ok: true, region, eventsSeen: page.events.length };
  } catch (err) {
    const e = explainLookupError(err, region);
    return { ok: false, region, kind: e.kind, message: e.message, detail: e.detail };
  }
}

// Are a captured request's parameters consistent with a CloudTrail record's requestParameters?
// Only top-level scalars both sides have are compared, by member name with case and punctuation
// ignored: CloudTrail lower-camels member names (GroupName -> groupName) and renames a few
// (S3's Bucket label -> bucketName). Values hidden by either side are not compared.
import { HIDDEN_VALUE, type JsonObject, type JsonValue } from '../../shared/cloudtrail-record.ts';

/** Captured member name (normalized) -> the CloudTrail names it may appear under (normalized). */
const ALIASES: Record<string, string[]> = {
  bucket: ['bucket', 'bucketname'],
  id: ['id', 'hostedzoneid'],
};

function normKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function scalar(v: JsonValue | undefined): string | null {
  if (typeof v === 'string') return v === HIDDEN_VALUE || v.includes('sensitiveDataRemoved') ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

function scalars(obj: JsonObject): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const s = scalar(v);
    if (s !== null && s !== '') out.set(normKey(k), s);
  }
  return out;
}

export interface Agreement {
  consistent: boolean;
  /** How many members both sides have and agree on (more = a more specific pair). */
  agreed: number;
}

export function paramsAgreement(captured: JsonObject | null, requestParameters: JsonObject | null): Agreement {
  if (!captured || !requestParameters) return { consistent: true, agreed: 0 };
  const trail = scalars(requestParameters);
  let agreed = 0;
  for (const [key, value] of scalars(captured)) {
    for (const name of ALIASES[key] ?? [key]) {
      const other = trail.get(name);
      if (other === undefined) continue;
      if (other !== value) return { consistent: false, agreed };
      agreed += 1;
    }
  }
  return { consistent: true, agreed };
}

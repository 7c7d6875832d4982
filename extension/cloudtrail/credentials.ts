// CloudTrail credentials as the user gives them: three fields, or a paste of
// `aws configure export-credentials` JSON (https://docs.aws.amazon.com/cli/latest/reference/configure/export-credentials.html),
// `aws sso get-role-credentials` JSON ({"roleCredentials": {...}}), the SSO portal's environment
// variable lines (export / set / $Env:), or a credentials-file profile.

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string | null;
  /** Epoch ms, when known. */
  expiresAt: number | null;
}

export type ParseResult = { ok: true; credentials: AwsCredentials } | { ok: false; error: string };

// Access key ids: AKIA (long-term user keys) and ASIA (temporary, STS) followed by 16 characters.
const KEY_ID_RE = /^(AKIA|ASIA)[A-Z0-9]{12,124}$/;

function pick(obj: Record<string, unknown>, ...names: string[]): unknown {
  for (const n of names) if (obj[n] !== undefined && obj[n] !== null && obj[n] !== '') return obj[n];
  return undefined;
}

function toExpiry(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v < 1e12 ? v * 1000 : v; // SSO: epoch ms; some tools: seconds
  if (typeof v === 'string') {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

export function validateCredentials(input: { accessKeyId: string; secretAccessKey: string; sessionToken?: string | null; expiresAt?: number | null }): ParseResult {
  const accessKeyId = input.accessKeyId.trim();
  const secretAccessKey = input.secretAccessKey.trim();
  const sessionToken = input.sessionToken?.trim() || null;
  if (!accessKeyId) return { ok: false, error: 'The access key id is missing.' };
  if (!KEY_ID_RE.test(accessKeyId)) return { ok: false, error: 'The access key id should start with AKIA or ASIA followed by capital letters and digits.' };
  if (!secretAccessKey) return { ok: false, error: 'The secret access key is missing.' };
  if (secretAccessKey.length < 16 || /\s/.test(secretAccessKey)) return { ok: false, error: 'The secret access key looks wrong (too short, or it contains spaces).' };
  if (accessKeyId.startsWith('ASIA') && !sessionToken) {
    return { ok: false, error: 'Keys starting with ASIA are temporary and need their session token too.' };
  }
  return { ok: true, credentials: { accessKeyId, secretAccessKey, sessionToken, expiresAt: input.expiresAt ?? null } };
}

function fromObject(obj: Record<string, unknown>): ParseResult | null {
  const inner = obj.roleCredentials ?? obj.Credentials ?? obj.credentials;
  if (typeof inner === 'object' && inner !== null) return fromObject(inner as Record<string, unknown>);
  const id = pick(obj, 'AccessKeyId', 'accessKeyId', 'aws_access_key_id', 'AWS_ACCESS_KEY_ID');
  const secret = pick(obj, 'SecretAccessKey', 'secretAccessKey', 'aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY');
  if (id === undefined && secret === undefined) return null;
  const token = pick(obj, 'SessionToken', 'sessionToken', 'aws_session_token', 'AWS_SESSION_TOKEN');
  const expiry = pick(obj, 'Expiration', 'expiration', 'AWS_CREDENTIAL_EXPIRATION');
  return validateCredentials({
    accessKeyId: typeof id === 'string' ? id : '',
    secretAccessKey: typeof secret === 'string' ? secret : '',
    sessionToken: typeof token === 'string' ? token : null,
    expiresAt: toExpiry(expiry),
  });
}

/** KEY=value lines: `export AWS_X="v"`, `set AWS_X=v`, `$Env:AWS_X="v"`, or `aws_x = v` (credentials file). */
function fromLines(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+|set\s+|\$Env:)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m?.[1] || m[2] === undefined) continue;
    out[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

export function parseCredentialsText(text: string): ParseResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'Nothing was pasted.' };
  if (trimmed.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch {
      return { ok: false, error: 'This looks like JSON but does not parse; paste the whole output.' };
    }
    const r = typeof doc === 'object' && doc !== null ? fromObject(doc as Record<string, unknown>) : null;
    return r ?? { ok: false, error: 'No AccessKeyId / SecretAccessKey found in this JSON.' };
  }
  const r = fromObject(fromLines(trimmed));
  return r ?? { ok: false, error: 'Paste the JSON from `aws configure export-credentials`, or the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN lines from the SSO portal.' };
}

/** The least-privilege policy CloudTrail confirmation needs (LookupEvents has no resource-level scoping). */
export const LEAST_PRIVILEGE_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'cloudtrail:LookupEvents', Resource: '*' }],
} as const;

import { describe, expect, it } from 'vitest';
import { parseCredentialsText, validateCredentials } from '../../../extension/cloudtrail/credentials.ts';
import { chooseAttribute, planLookups } from '../../../extension/cloudtrail/lookup-plan.ts';
import { createRateLimiter } from '../../../extension/cloudtrail/rate-limiter.ts';
import { parseCloudTrailSettings, nextCheckDelay, DEFAULT_CLOUDTRAIL_SETTINGS } from '../../../extension/cloudtrail/settings.ts';
import { progressText } from '../../../extension/cloudtrail/progress.ts';
import { emptyConfirmation } from '../../../extension/cloudtrail/confirmation-repo.ts';
import { explainLookupError } from '../../../extension/cloudtrail/explain-error.ts';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('credentials', () => {
  it('reads aws configure export-credentials JSON', () => {
    const r = parseCredentialsText(JSON.stringify({ Version: 1, AccessKeyId: 'ASIAIOSFODNN7EXAMPLE', SecretAccessKey: SECRET, SessionToken: 'tok', Expiration: '2026-11-26T13:00:00+00:00' }));
    expect(r).toEqual({ ok: true, credentials: { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: SECRET, sessionToken: 'tok', expiresAt: Date.parse('2026-11-26T13:00:00Z') } });
  });
  it('reads SSO get-role-credentials JSON and the portal environment lines', () => {
    const sso = parseCredentialsText(JSON.stringify({ roleCredentials: { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: SECRET, sessionToken: 't', expiration: 1_790_000_000_000 } }));
    expect(sso.ok && sso.credentials.expiresAt).toBe(1_790_000_000_000);
    for (const text of [
      `export AWS_ACCESS_KEY_ID="ASIAIOSFODNN7EXAMPLE"\nexport AWS_SECRET_ACCESS_KEY="${SECRET}"\nexport AWS_SESSION_TOKEN="t"`,
      `set AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE\r\nset AWS_SECRET_ACCESS_KEY=${SECRET}\r\nset AWS_SESSION_TOKEN=t`,
      `$Env:AWS_ACCESS_KEY_ID="ASIAIOSFODNN7EXAMPLE"\n$Env:AWS_SECRET_ACCESS_KEY="${SECRET}"\n$Env:AWS_SESSION_TOKEN="t"`,
      `[default]\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${SECRET}\naws_session_token = t`,
    ]) expect(parseCredentialsText(text)).toMatchObject({ ok: true, credentials: { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', sessionToken: 't' } });
  });
  it('says what is wrong', () => {
    expect(parseCredentialsText('')).toMatchObject({ ok: false });
    expect(parseCredentialsText('{"x":')).toMatchObject({ ok: false, error: expect.stringContaining('does not parse') });
    expect(validateCredentials({ accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: SECRET })).toMatchObject({ ok: false, error: expect.stringContaining('session token') });
    expect(validateCredentials({ accessKeyId: 'nope', secretAccessKey: SECRET })).toMatchObject({ ok: false });
    expect(validateCredentials({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: SECRET })).toMatchObject({ ok: true });
  });
});

describe('lookup plan', () => {
  it('one query per region plus us-east-1, window with margin, the narrowest attribute', () => {
    const plan = planLookups({ startedAt: 1000_000, stoppedAt: 2000_000, regions: ['us-west-2', null, 'eu-west-1', 'us-west-2', 'bogus'], accessKeyId: null, username: 'alice', now: 3000_000, marginMs: 600_000 });
    expect(plan.map((q) => q.region)).toEqual(['eu-west-1', 'us-east-1', 'us-west-2']);
    expect(plan[0]).toMatchObject({ attribute: { key: 'Username', value: 'alice' }, startTime: 400_000, endTime: 2600_000 });
    expect(chooseAttribute('ASIAX', 'alice')).toEqual({ key: 'AccessKeyId', value: 'ASIAX' });
    expect(chooseAttribute(null, null)).toEqual({ key: 'ReadOnly', value: 'false' });
  });
});

describe('rate limiter', () => {
  it('lets at most `limit` starts through per window and key, on an injected clock', async () => {
    let now = 0;
    const starts: [string, number][] = [];
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: () => now, sleep: async (ms) => { now += ms; } });
    // Another key is not held up by this one.
    await limiter.acquire('a|eu-west-1');
    await limiter.acquire('a|eu-west-1');
    starts.push(['b', now], ['b', now]);
    await Promise.all([1, 2, 3, 4, 5].map(async () => {
      await limiter.acquire('a|us-east-1');
      starts.push(['a', now]);
    }));
    expect(starts.filter(([k]) => k === 'a').map(([, t]) => t)).toEqual([0, 0, 1000, 1000, 2000]);
    expect(starts.filter(([k]) => k === 'b').map(([, t]) => t)).toEqual([0, 0]);
  });
});

describe('rate limiter history', () => {
  it('a new limiter (a restarted worker) waits for the starts the previous one made', async () => {
    let now = 10_000;
    const saved: Record<string, number[]> = {};
    const history = { load: async () => ({ ...saved }), save: (key: string, starts: readonly number[]) => { saved[key] = [...starts]; } };
    const opts = { limit: 2, windowMs: 1000, now: () => now, sleep: async (ms: number) => { now += ms; }, history };
    const first = createRateLimiter(opts);
    await first.acquire('k');
    await first.acquire('k');
    const restarted = createRateLimiter(opts);
    await restarted.acquire('k');
    expect(now).toBe(11_000);
  });
});

describe('settings and progress', () => {
  it('merges valid stored values over the defaults', () => {
    expect(parseCloudTrailSettings({ timeoutMs: 5000, pageSize: 99, endpoint: 'javascript:x' })).toEqual({ ...DEFAULT_CLOUDTRAIL_SETTINGS, timeoutMs: 5000 });
    expect([1, 2, 3, 9].map((n) => nextCheckDelay(DEFAULT_CLOUDTRAIL_SETTINGS, n))).toEqual([30_000, 60_000, 120_000, 300_000]);
  });
  it('says "4 of 6 confirmed, next check in 30 s"', () => {
    const c = { ...emptyConfirmation(1), phase: 'waiting' as const, confirmedCount: 4, matchableCount: 6, nextCheckAt: 130_000 };
    expect(progressText(c, 100_000)).toBe('4 of 6 confirmed, next check in 30 s');
    expect(progressText({ ...c, phase: 'complete', confirmedCount: 6 }, 0)).toBe('6 of 6 confirmed: all confirmed');
    expect(progressText({ ...c, checkStartedAt: 99_000, lastCheckAt: 70_000 }, 100_000)).toBe('4 of 6 confirmed, checking now');
  });
  it('explains a browser fetch failure as no network', () => {
    expect(explainLookupError(new TypeError('Failed to fetch'), 'eu-west-1').kind).toBe('no-network');
  });
});

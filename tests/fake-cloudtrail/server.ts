// A fake CloudTrail LookupEvents endpoint (awsJson 1.1, X-Amz-Target CloudTrail_20131101.LookupEvents),
// driven by the real @aws-sdk/client-cloudtrail. Plain HTTP on loopback for Node tests (endpoint override)
// and HTTPS for Chromium, which reaches it at cloudtrail.<region>.amazonaws.com via --host-resolver-rules.
// Behaviour follows https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html:
// one lookup attribute, MaxResults <= 50, newest first, NextToken valid only with the same parameters.
// Reused by the unit tests, the e2e tests and the demo.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { CloudTrailRecord } from '../../shared/cloudtrail-record.ts';
import { selfSignedCertificate } from '../fake-console/certificate.ts';

export type FakeErrorType =
  | 'ThrottlingException'
  | 'AccessDeniedException'
  | 'ExpiredTokenException'
  | 'UnrecognizedClientException'
  | 'InternalFailure';

export interface LookupLogEntry {
  /** Epoch ms when the request arrived. */
  at: number;
  region: string;
  scheme: 'http' | 'https';
  accessKeyId: string | null;
  attribute: { key: string; value: string } | null;
  startTime: number | null;
  endTime: number | null;
  nextToken: string | null;
  maxResults: number | null;
  status: number;
  error: string | null;
  returned: number;
  /** The response carried a NextToken. */
  hasMore: boolean;
}

export interface AddEventOptions {
  /** The event is invisible to lookups before this epoch ms (CloudTrail's delivery delay). */
  visibleAt?: number;
  /** Serve the record twice (CloudTrail may deliver a record more than once). */
  duplicate?: boolean;
}

interface StoredEvent { record: CloudTrailRecord; region: string; visibleAt: number; copies: number; seq: number }

export interface FakeCloudTrail {
  httpPort: number;
  httpsPort: number;
  /** Endpoint override for the SDK in Node tests. */
  httpEndpoint: string;
  log: LookupLogEntry[];
  /** Adds (or replaces, by eventID) records; the region is the record's awsRegion (us-east-1 if absent). */
  addEvents(records: readonly CloudTrailRecord[], options?: AddEventOptions): void;
  /** The next `count` LookupEvents requests (optionally only in `region`) fail with `type`. */
  failNext(count: number, type: FakeErrorType, region?: string): void;
  /** Requests signed with this access key id fail with `type` (e.g. an expired or unknown key). */
  rejectKey(accessKeyId: string, type: FakeErrorType): void;
  setPageSize(size: number): void;
  close(): Promise<void>;
}

const ERROR_STATUS: Record<FakeErrorType, number> = {
  ThrottlingException: 400,
  AccessDeniedException: 400,
  ExpiredTokenException: 400,
  UnrecognizedClientException: 400,
  InternalFailure: 500,
};

const ERROR_MESSAGE: Record<FakeErrorType, string> = {
  ThrottlingException: 'Rate exceeded',
  AccessDeniedException: 'User: arn:aws:iam::123456789012:user/x is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action',
  ExpiredTokenException: 'The security token included in the request is expired',
  UnrecognizedClientException: 'The security token included in the request is invalid.',
  InternalFailure: 'internal failure',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Region and key from the SigV4 credential scope "<key>/<date>/<region>/cloudtrail/aws4_request". */
function scope(req: IncomingMessage): { region: string | null; accessKeyId: string | null } {
  const m = /Credential=([^/,\s]+)\/\d{8}\/([a-z0-9-]+)\/cloudtrail\/aws4_request/.exec(String(req.headers.authorization ?? ''));
  if (m) return { accessKeyId: m[1] ?? null, region: m[2] ?? null };
  const host = /^cloudtrail\.([a-z0-9-]+)\.amazonaws\.com/.exec(String(req.headers.host ?? ''));
  return { accessKeyId: null, region: host?.[1] ?? null };
}

function lookupUsername(record: CloudTrailRecord): string | null {
  const id = record.userIdentity;
  if (!id) return null;
  if (id.userName) return id.userName;
  // Assumed roles: LookupEvents shows the role session name.
  if (id.arn?.includes(':assumed-role/')) return id.arn.split('/').pop() ?? null;
  return null;
}

function isReadOnly(record: CloudTrailRecord): boolean {
  return record.readOnly === true || record.readOnly === 'true';
}

function attributeMatches(record: CloudTrailRecord, key: string, value: string): boolean {
  switch (key) {
    case 'EventId': return record.eventID === value;
    case 'EventName': return record.eventName === value;
    case 'EventSource': return record.eventSource === value;
    case 'ReadOnly': return String(isReadOnly(record)) === value;
    case 'Username': return lookupUsername(record) === value;
    case 'AccessKeyId': return record.userIdentity?.accessKeyId === value;
    case 'ResourceName': return (record.resources ?? []).some((r) => r.ARN === value);
    case 'ResourceType': return (record.resources ?? []).some((r) => r.type === value);
    default: return false;
  }
}

const ATTRIBUTE_KEYS = new Set(['EventId', 'EventName', 'ReadOnly', 'Username', 'ResourceType', 'ResourceName', 'EventSource', 'AccessKeyId']);

interface PageToken { offset: number; snapshot: number; params: string }

export interface FakeCloudTrailOptions {
  pageSize?: number;
  certDir?: string;
  now?: () => number;
  /**
   * HTTPS requests for any other host are forwarded to this local HTTPS port (the fake console), so a
   * browser can map every AWS hostname to this server's HTTPS port with one --host-resolver-rules entry.
   */
  forwardOtherHostsTo?: number;
}

/** Forwards a request unchanged (Host included) to another local HTTPS server. */
function forward(req: IncomingMessage, res: ServerResponse, port: number): void {
  const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
  const upstream = httpsRequest({
    host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers, servername: host || undefined,
    rejectUnauthorized: false,
  }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}

function isCloudTrailHost(req: IncomingMessage): boolean {
  return /^cloudtrail\.[a-z0-9-]+\.amazonaws\.com(:\d+)?$/.test(String(req.headers.host ?? ''));
}

export async function startFakeCloudTrail(options: FakeCloudTrailOptions = {}): Promise<FakeCloudTrail> {
  const now = options.now ?? Date.now;
  const events = new Map<string, StoredEvent>();
  const log: LookupLogEntry[] = [];
  const failures: { type: FakeErrorType; region?: string }[] = [];
  const rejected = new Map<string, FakeErrorType>();
  let pageSize = options.pageSize ?? 50;
  let seq = 0;

  function respond(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': `fake-${++seq}` });
    res.end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse, scheme: 'http' | 'https'): Promise<void> {
    const at = now();
    const origin = req.headers.origin;
    if (typeof origin === 'string') res.setHeader('access-control-allow-origin', origin);
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-methods', 'POST');
      res.setHeader('access-control-allow-headers', String(req.headers['access-control-request-headers'] ?? '*'));
      res.writeHead(204);
      res.end();
      return;
    }
    const raw = await readBody(req);
    const { region: scopedRegion, accessKeyId } = scope(req);
    const region = scopedRegion ?? 'us-east-1';
    const entry: LookupLogEntry = {
      at, region, scheme, accessKeyId, attribute: null, startTime: null, endTime: null, nextToken: null, maxResults: null,
      status: 200, error: null, returned: 0, hasMore: false,
    };
    log.push(entry);
    const fail = (status: number, type: string, message: string) => {
      entry.status = status;
      entry.error = type;
      respond(res, status, { __type: type, message });
    };
    const target = String(req.headers['x-amz-target'] ?? '');
    // The SDK sends the short form; the model's full shape id is accepted too.
    if (!/(^|\.)CloudTrail_20131101\.LookupEvents$/.test(target)) return fail(400, 'UnknownOperationException', `unsupported target ${target}`);
    const queued = failures.findIndex((f) => f.region === undefined || f.region === region);
    if (queued >= 0) {
      const [f] = failures.splice(queued, 1);
      const type = (f as { type: FakeErrorType }).type;
      return fail(ERROR_STATUS[type], type, ERROR_MESSAGE[type]);
    }
    const rejectedAs = accessKeyId ? rejected.get(accessKeyId) : undefined;
    if (rejectedAs) return fail(ERROR_STATUS[rejectedAs], rejectedAs, ERROR_MESSAGE[rejectedAs]);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw || '{}') as Record<string, unknown>;
    } catch {
      return fail(400, 'SerializationException', 'body is not JSON');
    }
    const attrs = Array.isArray(body.LookupAttributes) ? (body.LookupAttributes as { AttributeKey?: string; AttributeValue?: string }[]) : [];
    if (attrs.length > 1) return fail(400, 'InvalidLookupAttributesException', 'You cannot specify more than one lookup attribute.');
    const attr = attrs[0];
    if (attr && (!ATTRIBUTE_KEYS.has(attr.AttributeKey ?? '') || typeof attr.AttributeValue !== 'string')) {
      return fail(400, 'InvalidLookupAttributesException', 'invalid lookup attribute');
    }
    entry.attribute = attr ? { key: attr.AttributeKey as string, value: attr.AttributeValue as string } : null;
    entry.startTime = typeof body.StartTime === 'number' ? body.StartTime * 1000 : null;
    entry.endTime = typeof body.EndTime === 'number' ? body.EndTime * 1000 : null;
    entry.maxResults = typeof body.MaxResults === 'number' ? body.MaxResults : null;
    entry.nextToken = typeof body.NextToken === 'string' ? body.NextToken : null;
    if (entry.maxResults !== null && (entry.maxResults < 1 || entry.maxResults > 50)) return fail(400, 'InvalidMaxResultsException', 'MaxResults must be 1..50');
    if (entry.startTime !== null && entry.endTime !== null && entry.startTime > entry.endTime) return fail(400, 'InvalidTimeRangeException', 'StartTime is after EndTime');
    const params = JSON.stringify({ region, attrs, s: body.StartTime ?? null, e: body.EndTime ?? null });
    let token: PageToken = { offset: 0, snapshot: at, params };
    if (entry.nextToken !== null) {
      try {
        token = JSON.parse(Buffer.from(entry.nextToken, 'base64').toString('utf8')) as PageToken;
      } catch {
        return fail(400, 'InvalidNextTokenException', 'bad token');
      }
      if (token.params !== params) return fail(400, 'InvalidNextTokenException', 'NextToken used with different parameters');
    }
    const rows: { e: StoredEvent; time: number }[] = [];
    for (const e of events.values()) {
      if (e.region !== region || e.visibleAt > token.snapshot) continue;
      const time = Date.parse(e.record.eventTime);
      if (entry.startTime !== null && time < entry.startTime) continue;
      if (entry.endTime !== null && time > entry.endTime) continue;
      if (attr && !attributeMatches(e.record, attr.AttributeKey as string, attr.AttributeValue as string)) continue;
      for (let c = 0; c < e.copies; c++) rows.push({ e, time });
    }
    rows.sort((a, b) => b.time - a.time || b.e.seq - a.e.seq);
    const size = Math.min(entry.maxResults ?? 50, pageSize);
    const page = rows.slice(token.offset, token.offset + size);
    const more = token.offset + size < rows.length;
    entry.returned = page.length;
    entry.hasMore = more;
    respond(res, 200, {
      Events: page.map(({ e, time }) => ({
        EventId: e.record.eventID,
        EventName: e.record.eventName,
        ReadOnly: String(isReadOnly(e.record)),
        AccessKeyId: e.record.userIdentity?.accessKeyId,
        EventTime: time / 1000,
        EventSource: e.record.eventSource,
        Username: lookupUsername(e.record) ?? undefined,
        Resources: (e.record.resources ?? []).map((r) => ({ ResourceType: r.type, ResourceName: r.ARN })),
        CloudTrailEvent: JSON.stringify(e.record),
      })),
      ...(more ? { NextToken: Buffer.from(JSON.stringify({ ...token, offset: token.offset + size })).toString('base64') } : {}),
    });
  }

  const onRequest = (scheme: 'http' | 'https') => (req: IncomingMessage, res: ServerResponse) => {
    if (scheme === 'https' && options.forwardOtherHostsTo !== undefined && !isCloudTrailHost(req)) {
      forward(req, res, options.forwardOtherHostsTo);
      return;
    }
    handle(req, res, scheme).catch(() => {
      if (!res.headersSent) respond(res, 500, { __type: 'InternalFailure', message: 'fake cloudtrail error' });
    });
  };
  const http: Server = createHttpServer(onRequest('http'));
  const https: Server = createHttpsServer(selfSignedCertificate(options.certDir), onRequest('https'));
  await Promise.all([http, https].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
  const httpPort = (http.address() as AddressInfo).port;
  const httpsPort = (https.address() as AddressInfo).port;

  return {
    httpPort,
    httpsPort,
    httpEndpoint: `http://127.0.0.1:${httpPort}`,
    log,
    addEvents(records, opts = {}) {
      for (const record of records) {
        events.set(record.eventID, {
          record, region: record.awsRegion ?? 'us-east-1', visibleAt: opts.visibleAt ?? 0, copies: opts.duplicate ? 2 : 1, seq: ++seq,
        });
      }
    },
    failNext(count, type, region) {
      for (let i = 0; i < count; i++) failures.push(region === undefined ? { type } : { type, region });
    },
    rejectKey(accessKeyId, type) {
      rejected.set(accessKeyId, type);
    },
    setPageSize(size) {
      pageSize = size;
    },
    close: () => Promise.all([http, https].map((s) => new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    }))).then(() => undefined),
  };
}

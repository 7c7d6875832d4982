// A fake AWS console and fake AWS service endpoints on one local HTTPS port, routed by Host header.
// Browsers reach it at the real hostnames through --host-resolver-rules (see tests/e2e/launch.ts).
// Reused by the e2e tests, the capture benchmark and the demo.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { selfSignedCertificate } from './certificate.ts';
import { CANARY } from './scenario.ts';

export interface ReceivedRequest {
  method: string;
  host: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface FakeConsole {
  port: number;
  /** Every request the server received, in order (preflights included). */
  received: ReceivedRequest[];
  /** The console page URL for a region, e.g. https://us-east-1.console.aws.amazon.com/fake/console.html */
  consoleUrl(region?: string): string;
  /** Answers a service call whose request body is exactly `requestBody` with this response (tests of response shapes). */
  respondTo(requestBody: string, response: { contentType: string; body: string }): void;
  close(): Promise<void>;
}

const PUBLIC_DIR = join(import.meta.dirname, 'public');

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function cors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (typeof origin === 'string') res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-allow-methods', 'GET,HEAD,POST,PUT,DELETE,PATCH');
  const asked = req.headers['access-control-request-headers'];
  if (typeof asked === 'string') res.setHeader('access-control-allow-headers', asked);
  res.setHeader('access-control-expose-headers', 'x-amzn-requestid,x-amz-request-id,etag');
  res.setHeader('access-control-max-age', '600');
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': contentType });
  res.end(body);
}

function isConsoleHost(host: string): boolean {
  return host === 'console.aws.amazon.com' || host.endsWith('.console.aws.amazon.com');
}

function consoleRoute(req: IncomingMessage, res: ServerResponse, path: string): void {
  const url = new URL(path, 'https://console');
  if (req.method === 'GET' && url.pathname.startsWith('/fake/')) {
    const file = url.pathname.slice('/fake/'.length);
    if (!/^[a-z0-9-]+\.(html|js)$/.test(file)) return send(res, 404, 'text/plain', 'not found');
    const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript';
    return send(res, 200, type, readFileSync(join(PUBLIC_DIR, file)));
  }
  if (/\/tb\/creds$/.test(url.pathname)) {
    return send(res, 200, 'application/json', JSON.stringify({
      accessKeyId: 'ASIAFAKEFAKEFAKE', secretAccessKey: `${CANARY}-secret-key`, sessionToken: `${CANARY}-session-token`,
      expiration: Date.now() + 3_600_000,
    }));
  }
  if (url.pathname.startsWith('/lotus/')) return send(res, 200, 'application/json', '{"packages":[]}');
  if (req.method === 'POST') return send(res, 200, 'application/json', '{"ok":true,"requestId":"fake"}');
  return send(res, 200, 'text/html', '<!doctype html><title>AWS</title>');
}

/** Calls that fail once and then succeed (a retry) are marked with this string in their body. */
const failOnce = new Set<string>();

const canned = new Map<string, { contentType: string; body: string }>();

function apiRoute(host: string, req: IncomingMessage, res: ServerResponse, body: string): void {
  const answer = canned.get(body);
  if (answer) return send(res, 200, answer.contentType, answer.body);
  const target = req.headers['x-amz-target'];
  if (body.includes('FailAlways') || host.startsWith('denied-')) return send(res, 403, 'application/json', '{"__type":"AccessDenied","message":"denied"}');
  if (body.includes('RetryOnce')) {
    const key = `${host}|${body}`;
    if (!failOnce.has(key)) {
      failOnce.add(key);
      return send(res, 503, 'text/xml', '<Response><Errors><Error><Code>Unavailable</Code></Error></Errors></Response>');
    }
  }
  if (body.includes('Action=CreateAccessKey')) {
    return send(res, 200, 'text/xml', `<CreateAccessKeyResponse><CreateAccessKeyResult><AccessKey><AccessKeyId>AKIAFAKE</AccessKeyId><SecretAccessKey>${CANARY}-iam-secret</SecretAccessKey></AccessKey></CreateAccessKeyResult></CreateAccessKeyResponse>`);
  }
  if (req.headers['smithy-protocol'] === 'rpc-v2-cbor') return send(res, 200, 'application/cbor', Buffer.from([0xa0]));
  if (typeof target === 'string' || /json/.test(String(req.headers['content-type'] ?? ''))) {
    return send(res, 200, 'application/x-amz-json-1.0', '{"ok":true}');
  }
  if (body.startsWith('Action=') || /[?&]Action=/.test(req.url ?? '')) {
    return send(res, 200, 'text/xml', '<Response><requestId>fake-request-id</requestId><return>true</return></Response>');
  }
  return send(res, 200, 'application/xml', '<?xml version="1.0"?><Ok/>');
}

/** `apiDelayMs`: service endpoints answer after this long (a realistic API latency for the capture benchmark). */
export async function startFakeConsole(options: { port?: number; certDir?: string; apiDelayMs?: number } = {}): Promise<FakeConsole> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer(selfSignedCertificate(options.certDir), (req, res) => {
    void (async () => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const path = req.url ?? '/';
      const body = (await readBody(req)).toString('utf8');
      received.push({ method: req.method ?? 'GET', host, path, headers: req.headers, body });
      cors(req, res);
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (isConsoleHost(host)) consoleRoute(req, res, path);
      else if (options.apiDelayMs) setTimeout(() => apiRoute(host, req, res, body), options.apiDelayMs);
      else apiRoute(host, req, res, body);
    })().catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain', 'fake console error');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    received,
    consoleUrl: (region = 'us-east-1') => `https://${region}.console.aws.amazon.com/fake/console.html`,
    respondTo: (requestBody, response) => { canned.set(requestBody, response); },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

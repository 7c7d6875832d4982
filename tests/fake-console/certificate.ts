// A self-signed certificate for the fake console's HTTPS server, made with Debian's openssl once per
// directory. Browsers launched with --ignore-certificate-errors accept it for any AWS hostname.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate { key: string; cert: string }

export function selfSignedCertificate(dir = join(tmpdir(), 'trailform-fake-console-cert')): Certificate {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=fake-aws-console',
      '-keyout', keyPath, '-out', certPath,
      '-addext', 'subjectAltName=DNS:console.aws.amazon.com,DNS:*.console.aws.amazon.com,DNS:*.amazonaws.com,DNS:*.us-east-1.amazonaws.com,DNS:*.api.aws',
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
}

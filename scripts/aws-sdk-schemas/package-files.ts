// Reading an unpacked @aws-sdk/client-* package (the cache download.ts fills, or an installed one).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads one file of an unpacked package by its path inside the package; null when the package lacks it. */
export type ReadPackageFile = (path: string) => string | null;

export function packageDirReader(dir: string): ReadPackageFile {
  return (path) => {
    const file = join(dir, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
}

/** The SigV4 signing name the client's auth scheme provider sets; null when it ships none. */
export function authSigningName(read: ReadPackageFile): string | null {
  return /signingProperties:\s*\{\s*name:\s*"([^"]+)"/.exec(read('dist-es/auth/httpAuthSchemeProvider.js') ?? '')?.[1] ?? null;
}

// Node-only input reading for the CLI: files or stdin, gzip detected by its magic bytes.

import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { readRecords } from './containers';
import { InputError } from '../input-error';
import type { InputRecord } from '../pipeline/normalize';

export function decodeBytes(bytes: Uint8Array, source: string): string {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch (error) {
      throw new InputError(`${source}: the gzip data is damaged (${(error as Error).message})`);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readInput(path: string): Promise<InputRecord[]> {
  const source = path === '-' ? 'stdin' : path;
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${source}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : (error as Error).message})`);
  }
  return readRecords(decodeBytes(bytes, source), source);
}

// Minimal CBOR (RFC 8949) decoder for smithy-rpc-v2-cbor bodies
// (https://smithy.io/2.0/additional-specs/protocols/smithy-rpc-v2.html). Supports what Smithy emits:
// integers, byte/text strings (definite and indefinite), arrays, maps, tags (timestamps), floats,
// true/false/null/undefined. Throws on malformed input; callers treat that as "params unknown".
import type { JsonObject, JsonValue } from '../../../shared/cloudtrail-record.ts';

const MAX_DEPTH = 64;

export function decodeCbor(bytes: Uint8Array): JsonValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  const text = new TextDecoder();

  function need(n: number): void {
    if (pos + n > bytes.length) throw new Error('cbor: truncated');
  }
  function readLength(info: number): number {
    if (info < 24) return info;
    if (info === 24) { need(1); return view.getUint8(pos++); }
    if (info === 25) { need(2); const v = view.getUint16(pos); pos += 2; return v; }
    if (info === 26) { need(4); const v = view.getUint32(pos); pos += 4; return v; }
    if (info === 27) { need(8); const v = Number(view.getBigUint64(pos)); pos += 8; return v; }
    throw new Error('cbor: bad length');
  }
  function readChunks(major: number): Uint8Array {
    const parts: Uint8Array[] = [];
    for (;;) {
      need(1);
      if (bytes[pos] === 0xff) { pos++; break; }
      const head = bytes[pos++] as number;
      if (head >> 5 !== major) throw new Error('cbor: bad chunk');
      const len = readLength(head & 31);
      need(len);
      parts.push(bytes.subarray(pos, pos + len));
      pos += len;
    }
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) { out.set(p, o); o += p.length; }
    return out;
  }
  function item(depth: number): JsonValue {
    if (depth > MAX_DEPTH) throw new Error('cbor: too deep');
    need(1);
    const head = bytes[pos++] as number;
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0: return readLength(info);
      case 1: return -1 - readLength(info);
      case 2:
      case 3: {
        let raw: Uint8Array;
        if (info === 31) raw = readChunks(major);
        else { const len = readLength(info); need(len); raw = bytes.subarray(pos, pos + len); pos += len; }
        return major === 3 ? text.decode(raw) : bytesToBase64(raw);
      }
      case 4: {
        const out: JsonValue[] = [];
        if (info === 31) { while (bytes[pos] !== 0xff) { need(1); out.push(item(depth + 1)); } pos++; }
        else { const len = readLength(info); for (let i = 0; i < len; i++) out.push(item(depth + 1)); }
        return out;
      }
      case 5: {
        const out: JsonObject = {};
        // defineProperty: a "__proto__" key from the page stays a plain key instead of replacing the prototype.
        const entry = (): void => {
          const k = item(depth + 1);
          Object.defineProperty(out, String(k), { value: item(depth + 1), enumerable: true, writable: true, configurable: true });
        };
        if (info === 31) { while (bytes[pos] !== 0xff) { need(1); entry(); } pos++; }
        else { const len = readLength(info); for (let i = 0; i < len; i++) entry(); }
        return out;
      }
      case 6: readLength(info); return item(depth + 1); // tag 1 (epoch time) etc.: keep the value
      default: {
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22 || info === 23) return null;
        if (info === 25) { need(2); const h = view.getUint16(pos); pos += 2; return halfToFloat(h); }
        if (info === 26) { need(4); const v = view.getFloat32(pos); pos += 4; return v; }
        if (info === 27) { need(8); const v = view.getFloat64(pos); pos += 8; return v; }
        throw new Error('cbor: unsupported simple value');
      }
    }
  }
  const value = item(0);
  return value;
}

function halfToFloat(h: number): number {
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  const sign = h & 0x8000 ? -1 : 1;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

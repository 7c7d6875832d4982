import { base64ToBytes, bytesToBase64, decodeCbor } from '../../../extension/capture/decode/cbor.ts';
import { looksLikeForm, parseFormPairs, unflattenQueryParams } from '../../../extension/capture/decode/form.ts';

const enc = (s: string): number[] => [...new TextEncoder().encode(s)];

describe('CBOR decoding (RFC 8949 subset Smithy emits)', () => {
  test('maps, arrays, integers, strings, booleans, null, floats, tags', () => {
    const bytes = Uint8Array.from([
      0xa7,
      0x61, ...enc('a'), 0x18, 0x64, // 100
      0x61, ...enc('b'), 0x38, 0x63, // -100
      0x61, ...enc('c'), 0x83, 0xf5, 0xf4, 0xf6, // [true, false, null]
      0x61, ...enc('d'), 0xfb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0, // 1.5 (float64)
      0x61, ...enc('e'), 0xf9, 0x3c, 0x00, // 1.0 (half)
      0x61, ...enc('f'), 0xc1, 0x1a, 0x65, 0x53, 0xf1, 0x00, // tag 1 (epoch) 1700000000
      0x61, ...enc('g'), 0x42, 0x01, 0x02, // bytes → base64
    ]);
    expect(decodeCbor(bytes)).toEqual({ a: 100, b: -100, c: [true, false, null], d: 1.5, e: 1, f: 1700000000, g: 'AQI=' });
  });

  test('indefinite-length strings, arrays and maps', () => {
    const bytes = Uint8Array.from([0xbf, 0x7f, 0x62, ...enc('ab'), 0x61, ...enc('c'), 0xff, 0x9f, 0x01, 0x02, 0xff, 0xff]);
    expect(decodeCbor(bytes)).toEqual({ abc: [1, 2] });
  });

  test('rejects truncated input', () => {
    expect(() => decodeCbor(Uint8Array.from([0xa1, 0x61]))).toThrow(/truncated/);
  });

  test('base64 round trip', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => i % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});

describe('query-protocol forms', () => {
  test('decodes + and percent escapes', () => {
    expect(parseFormPairs('A=b+c&D=%2F16&E')).toEqual([['A', 'b c'], ['D', '/16'], ['E', '']]);
  });

  test('nests ec2 lists and awsQuery member/entry lists', () => {
    expect(unflattenQueryParams(parseFormPairs(
      'Action=X&Version=1&SecurityGroupId.1=sg-1&SecurityGroupId.2=sg-2&Tags.member.1.Key=k&Tags.member.1.Value=v&Attributes.entry.1.key=a&Attributes.entry.1.value=b',
    ))).toEqual({
      SecurityGroupId: ['sg-1', 'sg-2'], Tags: [{ Key: 'k', Value: 'v' }], Attributes: [{ key: 'a', value: 'b' }],
    });
  });

  test('tells forms from JSON and XML', () => {
    expect(looksLikeForm('Action=CreateVpc&Version=2016-11-15')).toBe(true);
    expect(looksLikeForm('{"a":1}')).toBe(false);
    expect(looksLikeForm('<a/>')).toBe(false);
  });
});

// Clients AWS has not republished since before the schema format (roughly 3.7xx and older) carry their
// wire format in hand-written serializers instead: dist-es/protocols/Aws_<protocol>.js, one
// "se_<Op>Command" per operation. Read from there: the protocol (file name), the X-Amz-Target prefix
// (sharedHeaders), the query Version, and for REST the method (b.m("PUT")), the path (b.bp("/x/{Y}"))
// and the valueless query keys the serializer always sends ("[_x]: [, \"\"]").
import type { AwsProtocol } from '../../extension/capture/classify/model-types.ts';
import type { ExtractedOperation } from './extract-client.ts';
import type { ReadPackageFile } from './package-files.ts';

const FILES: [string, AwsProtocol][] = [
  ['Aws_restJson1', 'rest-json'], ['Aws_restXml', 'rest-xml'], ['Aws_json1_0', 'json'], ['Aws_json1_1', 'json'],
  ['Aws_ec2', 'ec2'], ['Aws_query', 'query'], ['Aws_smithyRpcv2cbor', 'rpc-v2-cbor'],
];

export interface LegacyExtraction {
  protocol: AwsProtocol;
  targetPrefix?: string;
  version?: string;
  operations: ExtractedOperation[];
}

function constants(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/^const (_[A-Za-z0-9_]*) = "([^"]*)";$/gm)) out.set(m[1] ?? '', m[2] ?? '');
  return out;
}

export function extractLegacy(read: ReadPackageFile): LegacyExtraction | null {
  for (const [file, protocol] of FILES) {
    const source = read(`dist-es/protocols/${file}.js`);
    if (!source) continue;
    const consts = constants(source);
    const rest = protocol === 'rest-json' || protocol === 'rest-xml';
    const starts = [...source.matchAll(/^export const se_([A-Za-z0-9_]+)Command = /gm)];
    const operations: ExtractedOperation[] = starts.map((m, i) => {
      const body = source.slice(m.index, starts[i + 1]?.index ?? source.length);
      const op: ExtractedOperation = { name: m[1] ?? '', requiredHeaders: [], requiredQuery: [] };
      if (!rest) return op;
      // 3.4xx+ request builder (b.m/b.bp), or the 3.3xx style (resolvedPath = basePath + "/x"; method: "POST").
      const method = /\bb\.m\("([A-Z]+)"\)/.exec(body)?.[1] ?? /\bmethod:\s*"([A-Z]+)"/.exec(body)?.[1];
      const path = /\bb\.bp\("([^"]+)"\)/.exec(body)?.[1] ?? /resolvedPath = [^\n]*\+\s*"(\/[^"]*)"/.exec(body)?.[1];
      if (!method || !path) return op;
      const literal: string[] = [];
      const query = /const query = map\(\{([\s\S]*?)\n\s*\}\);/.exec(body)?.[1] ?? '';
      for (const q of query.matchAll(/\[(_[A-Za-z0-9_]*)\]:\s*\[\s*,\s*""\s*\]/g)) {
        const key = consts.get(q[1] ?? '');
        if (key) literal.push(key);
      }
      op.method = method;
      op.uri = literal.length > 0 ? `${path}?${literal.join('&')}` : path;
      return op;
    }).filter((op) => op.name !== '').sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const result: LegacyExtraction = { protocol, operations };
    const target = /"x-amz-target":\s*`([^`$]+)\.\$\{operation\}`/.exec(source)?.[1];
    if (target) result.targetPrefix = target;
    const version = /\bVersion:\s*"([^"]+)"/.exec(source)?.[1];
    if (version) result.version = version;
    return result;
  }
  return null;
}

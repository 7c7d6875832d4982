// Copies, from the hashicorp/aws 6.25.0 schema in the team's shared folder, the resource types the
// translator can emit into tests/fixtures/aws-schema-subset.json, so the project's own tests need
// nothing outside the repository. Run after adding a resource type:
//   node --import tsx scripts/extract-schema-subset.ts [path/to/aws-6.25.0.json]

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mappers } from '../translator/services/registry';

const source = resolve(process.argv[2] ?? '../shared/aws-provider-schema/aws-6.25.0.json');
const schema = JSON.parse(readFileSync(source, 'utf8')) as { version: string; resources: Record<string, unknown> };
const types = [...new Set(mappers.flatMap((m) => m.resources.map((r) => r.type)))].sort();
const resources: Record<string, unknown> = {};
const missing: string[] = [];
for (const type of types) {
  if (schema.resources[type]) resources[type] = schema.resources[type];
  else missing.push(type);
}
if (missing.length > 0) {
  console.error(`not in the provider schema: ${missing.join(', ')}`);
  process.exitCode = 1;
}
const out = {
  provider: 'hashicorp/aws',
  version: schema.version,
  source: 'subset of hashicorp/aws 6.25.0 schema (derived from @cdktf/provider-aws@21.22.1), MPL-2.0; resource types Trailform emits',
  resources,
};
writeFileSync('tests/fixtures/aws-schema-subset.json', JSON.stringify(out) + '\n');
console.log(`${Object.keys(resources).length} resource types written to tests/fixtures/aws-schema-subset.json`);

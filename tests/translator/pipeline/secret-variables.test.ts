// Secret variables (variables.tf) have names unique in the whole manifest: Terraform refuses a second
// `variable` block of one name. Two resources of different types may share a name, and a repeated
// block may hold a secret in each of its items.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { translate, toInputs } from '../../../translator/index';
import type { ServiceMapper } from '../../../translator/services/mapper';
import { blocks, fields, sensitive, text } from '../../../translator/services/values';
import { reqString } from '../../../translator/services/read';
import { parseHcl } from '../../support/hcl-oracle';

const mapper: ServiceMapper = {
  service: 'test',
  eventSource: 'test.amazonaws.com',
  resources: [
    { type: 'aws_test_broker', required: [], events: ['CreateBroker'] },
    { type: 'aws_test_cluster', required: [], events: ['CreateCluster'] },
  ],
  events: {
    CreateBroker: (event, ctx) => {
      const name = reqString(event.request, 'name');
      const draft = ctx.create('aws_test_broker', name, {});
      draft.fields.password = sensitive('the broker password');
      draft.fields.user = blocks(
        fields({ username: text('alice'), password: sensitive('alice\'s password') }),
        fields({ username: text('bob'), password: sensitive('bob\'s password') }),
      );
    },
    CreateCluster: (event, ctx) => {
      const name = reqString(event.request, 'name');
      ctx.create('aws_test_cluster', name, {}).fields.password = sensitive('the cluster password');
    },
  },
};

const record = (eventName: string, eventID: string) => ({
  eventID, eventTime: '2026-12-01T10:00:00Z', eventSource: 'test.amazonaws.com', eventName, awsRegion: 'us-east-1',
  requestParameters: { name: 'main' },
});

describe('secret variables', () => {
  it('get one name each: per item of a repeated block, and across resources of one name', async () => {
    const { files } = translate(toInputs([record('CreateBroker', 'e1'), record('CreateCluster', 'e2')]), { mappers: [mapper] });
    const parsed = await parseHcl('variables.tf', files['variables.tf']!) as { variable: Record<string, unknown[]> };
    const names = Object.keys(parsed.variable);
    // The first of a name keeps it (names already in users' manifests do not change); later ones are numbered.
    expect(names.sort()).toEqual(['main_password', 'main_password_2', 'main_user_password', 'main_user_password_2']);
    for (const name of names) expect(parsed.variable[name], name).toHaveLength(1);
    const test = files['test.tf']!;
    for (const name of names) expect(test).toContain(`var.${name}`);
    expect(test.match(/var\.main_user_password\w*/g)).toEqual(['var.main_user_password', 'var.main_user_password_2']);
  });
});

describe('every golden manifest', () => {
  const root = join(import.meta.dirname, '../../fixtures/golden');
  const withVariables = readdirSync(root).filter((s) => existsSync(join(root, s, 'expected', 'variables.tf')));
  it.each(withVariables)('%s declares each variable once', (scenario) => {
    const text = readFileSync(join(root, scenario, 'expected', 'variables.tf'), 'utf8');
    const labels = [...text.matchAll(/^variable "([^"]+)"/gm)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels).size, labels.join(', ')).toBe(labels.length);
  });
});

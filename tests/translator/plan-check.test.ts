// The first `terraform plan` after import must change nothing. For every golden scenario with a
// live.json (the live resources as `terraform import` reads them), the plan checker in tests/support
// lists the arguments that plan would change; the list must be empty. Every scenario that prints the
// block of a resource from before the session must have one; import-only adoptions are covered by
// construction (their block is generated from the account) but still need the live resource to import.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate, type TranslateOptions } from '../../translator/index';
import { hasConfig } from '../../translator/pipeline/render';
import { specsByType } from '../../translator/services/registry';
import { planChanges, type LiveFixture } from '../support/plan-check';
import { readRecords } from '../../translator/ingest/containers';

const root = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));
const goldenScenarios = () => readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const scenarioInputs = (name: string) =>
  readdirSync(join(root, name)).filter((f) => f.startsWith('input')).sort().flatMap((f) => readRecords(readFileSync(join(root, name, f), 'utf8'), f));
const specs = specsByType();

function options(name: string): TranslateOptions {
  const file = join(root, name, 'options.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TranslateOptions) : {};
}

const withLive = goldenScenarios().filter((name) => existsSync(join(root, name, 'live.json')));

describe('the plan checker', () => {
  it('catches what a partial block of an adopted resource would plan (missing tags, reset arguments, a changed value)', async () => {
    const files = { 'main.tf': 'import {\n  to = aws_db_instance.db\n  id = "db"\n}\n\nresource "aws_db_instance" "db" {\n  identifier     = "db"\n  instance_class = "db.m7g.large"\n  tags = {\n    Owner = "ana"\n  }\n}\n' };
    const live: LiveFixture = { resources: { 'aws_db_instance.db': { source: 'test', attributes: { identifier: 'db', instance_class: 'db.m7g.xlarge', deletion_protection: true, tags: { Owner: 'ana', env: 'prod' } } } } };
    const changes = await planChanges(files, live);
    expect(changes).toEqual(expect.arrayContaining([
      expect.stringMatching(/^aws_db_instance\.db: instance_class /),
      expect.stringMatching(/^aws_db_instance\.db: tags /),
      expect.stringMatching(/^aws_db_instance\.db: deletion_protection \(unset → live true/),
    ]));
  });

  it('skips ignore_changes and needs a live resource for every import', async () => {
    const files = { 'main.tf': 'import {\n  to = aws_kms_alias.a\n  id = "alias/a"\n}\n\nimport {\n  to = aws_s3_bucket.b\n  id = "b"\n}\n\nresource "aws_kms_alias" "a" {\n  name          = "alias/a"\n  target_key_id = "k1"\n  lifecycle {\n    ignore_changes = [target_key_id]\n  }\n}\n' };
    const live: LiveFixture = { resources: { 'aws_kms_alias.a': { source: 'test', attributes: { name: 'alias/a', target_key_id: 'k2' } } } };
    expect(await planChanges(files, live)).toEqual(['aws_s3_bucket.b: no live fixture (the import would fail or read something else)']);
  });

  it('compares nested blocks attribute by attribute, keeps left-out computed blocks and resolves lists of references', async () => {
    const files = { 'main.tf': 'import {\n  to = aws_acm_certificate.c\n  id = "arn:c"\n}\n\nimport {\n  to = aws_cloudwatch_metric_alarm.a\n  id = "a"\n}\n\nimport {\n  to = aws_sns_topic.t\n  id = "arn:t"\n}\n\nresource "aws_acm_certificate" "c" {\n  domain_name = "x.example.com"\n}\n\nresource "aws_cloudwatch_metric_alarm" "a" {\n  alarm_name          = "a"\n  comparison_operator = "GreaterThanThreshold"\n  evaluation_periods  = 1\n  alarm_actions       = [aws_sns_topic.t.arn]\n\n  metric_query {\n    id = "m1"\n  }\n}\n' };
    const live: LiveFixture = {
      resources: {
        'aws_acm_certificate.c': { source: 'test', attributes: { domain_name: 'x.example.com', options: [{ certificate_transparency_logging_preference: 'DISABLED', export: 'DISABLED' }] } },
        'aws_cloudwatch_metric_alarm.a': { source: 'test', attributes: { alarm_name: 'a', comparison_operator: 'GreaterThanThreshold', evaluation_periods: 1, alarm_actions: ['arn:other'], metric_query: [{ id: 'm1', label: 'kept live' }] } },
        'aws_sns_topic.t': { source: 'test', attributes: { id: 'arn:t', arn: 'arn:t', name: 't' } },
      },
    };
    expect(await planChanges(files, live)).toEqual([
      'aws_cloudwatch_metric_alarm.a: alarm_actions (["arn:t"] → live ["arn:other"])',
      'aws_cloudwatch_metric_alarm.a: metric_query[0].label (unset → live "kept live": the plan would reset it)',
    ]);
  });
});

describe('the plan checker and DiffSuppressFuncs', () => {
  const files = { 'main.tf': 'import {\n  to = aws_lambda_event_source_mapping.m\n  id = "u1"\n}\n\nresource "aws_lambda_event_source_mapping" "m" {\n  function_name    = "f"\n  event_source_arn = "arn:aws:sqs:us-east-2:1:q"\n}\n' };
  const live = (functionName: string): LiveFixture => ({ resources: { 'aws_lambda_event_source_mapping.m': { source: 'test', attributes: { function_name: functionName, event_source_arn: 'arn:aws:sqs:us-east-2:1:q', enabled: true } } } });

  it('takes a Lambda function name as equal to its ARN, as suppressEquivalentFunctionNameOrARN does', async () => {
    expect(await planChanges(files, live('arn:aws:lambda:us-east-2:1:function:f'))).toEqual([]);
  });

  it('still lists the ARN of another function', async () => {
    expect(await planChanges(files, live('arn:aws:lambda:us-east-2:1:function:g'))).toEqual(['aws_lambda_event_source_mapping.m: function_name ("f" → live "arn:aws:lambda:us-east-2:1:function:g")']);
  });
});

describe('the plan checker inside nested blocks', () => {
  const files = { 'main.tf': 'import {\n  to = aws_scheduler_schedule.s\n  id = "default/s"\n}\n\nresource "aws_scheduler_schedule" "s" {\n  name                = "s"\n  schedule_expression = "rate(1 hour)"\n\n  flexible_time_window {\n    mode = "OFF"\n  }\n\n  target {\n    arn      = "arn:q"\n    role_arn = "arn:r"\n    input    = "{}"\n  }\n\n  lifecycle {\n    ignore_changes = [target[0].input]\n  }\n}\n' };
  const liveWith = (target: Record<string, unknown>): LiveFixture => ({
    resources: { 'aws_scheduler_schedule.s': { source: 'test', attributes: { name: 's', schedule_expression: 'rate(1 hour)', flexible_time_window: [{ mode: 'OFF' }], target: [target] } } },
  });
  const target = { arn: 'arn:q', role_arn: 'arn:r', input: '{"changed":true}', retry_policy: [{ maximum_event_age_in_seconds: 86400, maximum_retry_attempts: 185 }] };

  it('skips block[i].argument entries of ignore_changes and a left-out nested block the provider computes', async () => {
    expect(await planChanges(files, liveWith(target))).toEqual([]);
  });

  it('still lists a changed nested argument next to them', async () => {
    expect(await planChanges(files, liveWith({ ...target, role_arn: 'arn:other' }))).toEqual(['aws_scheduler_schedule.s: target[0].role_arn ("arn:r" → live "arn:other")']);
  });
});

describe.each(withLive)('first plan of golden scenario %s', (name) => {
  it('changes nothing', async () => {
    const result = translate(scenarioInputs(name), options(name));
    const live = JSON.parse(readFileSync(join(root, name, 'live.json'), 'utf8')) as LiveFixture;
    expect(await planChanges(result.files, live)).toEqual([]);
  });
});

describe('golden scenarios that adopt or modify a resource', () => {
  // Issue 10: every scenario whose output imports something and that adopts a resource from before the
  // session or changes one after creating it carries the live resources for the plan check.
  it('all have a live.json for the plan check', () => {
    const missing = goldenScenarios().filter((name) => {
      const { resources, report, files } = translate(scenarioInputs(name), options(name));
      const imports = Object.values(files).some((text) => /^import \{/m.test(text));
      const adoptsOrModifies = resources.some((r) => !r.created) || report.some((e) => e.outcome === 'updated');
      return imports && adoptsOrModifies && !withLive.includes(name);
    });
    expect(missing).toEqual([]);
  });

  it('include every scenario that prints the block of a resource from before the session', () => {
    const missing = goldenScenarios().filter((name) => {
      const { resources } = translate(scenarioInputs(name), options(name));
      return resources.some((r) => !r.created && hasConfig(r, specs.get(r.type))) && !withLive.includes(name);
    });
    expect(missing).toEqual([]);
  });
});

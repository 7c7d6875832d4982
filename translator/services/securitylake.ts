// Amazon Security Lake: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Event and field names:
// https://docs.aws.amazon.com/security-lake/latest/userguide/securitylake-cloudtrail.html
// The data lake of a Region is imported by its ARN (`…:data-lake/default`, one per account and Region);
// CreateAwsLogSource enables several AWS log sources, each imported by its source name (`ROUTE53`).

import { buildArn } from './arn';
import { importOnlyTypes } from './import-only';
import type { EventHandler, MapperEvent, ServiceMapper } from './mapper';
import { mergeHandlers } from './mapper';
import { at, isObject, listOf, MalformedRecordError, optString } from './read';

const AWS_LOG_SOURCE = 'aws_securitylake_aws_log_source';

const dataLakeArn = (e: MapperEvent) => buildArn(e, 'securitylake', 'data-lake/default');

const TYPES = importOnlyTypes([
  { type: 'aws_securitylake_data_lake', create: 'CreateDataLake', id: dataLakeArn, delete: 'DeleteDataLake', update: ['UpdateDataLake'] },
  { type: 'aws_securitylake_custom_log_source', create: 'CreateCustomLogSource', id: ['request.sourceName'], delete: 'DeleteCustomLogSource' },
  {
    type: 'aws_securitylake_subscriber',
    create: 'CreateSubscriber',
    id: ['response.subscriber.subscriberId'],
    delete: 'DeleteSubscriber',
    deleteId: ['request.subscriberId'],
    update: ['UpdateSubscriber'],
  },
]);

const sourceNames = (e: MapperEvent) =>
  listOf(at(e.request, 'sources')).map((s) => (isObject(s) ? optString(s, 'sourceName') : undefined)).filter((n): n is string => n !== undefined);

const createAwsLogSource: EventHandler = (event, ctx) => {
  const names = sourceNames(event);
  if (names.length === 0) throw new MalformedRecordError('cannot find request.sources[].sourceName');
  for (const name of new Set(names)) ctx.create(AWS_LOG_SOURCE, name, {});
};
const deleteAwsLogSource: EventHandler = (event, ctx) => {
  for (const name of sourceNames(event)) ctx.remove(AWS_LOG_SOURCE, name);
};

export const securitylake: ServiceMapper = {
  service: 'securitylake',
  eventSource: 'securitylake.amazonaws.com',
  resources: [...TYPES.resources, { type: AWS_LOG_SOURCE, required: [], importOnly: true, events: ['CreateAwsLogSource', 'DeleteAwsLogSource'] }],
  events: mergeHandlers(TYPES.events, { CreateAwsLogSource: createAwsLogSource, DeleteAwsLogSource: deleteAwsLogSource }),
};

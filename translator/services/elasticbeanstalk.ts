// AWS Elastic Beanstalk: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/AWSHowTo.cloudtrail.html

import { importOnlyTypes } from './import-only';
import { mergeHandlers, type EventHandler, type ServiceMapper } from './mapper';
import { optString } from './read';

const ENVIRONMENT = 'aws_elastic_beanstalk_environment';

const TYPES = importOnlyTypes([
  { type: 'aws_elastic_beanstalk_application', create: 'CreateApplication', id: ['request.applicationName'], delete: 'DeleteApplication' },
  // Imported by the environment ID (`e-…`), which both the create and the terminate responses hold.
  {
    type: ENVIRONMENT,
    create: 'CreateEnvironment',
    id: ['response.environmentId'],
    name: ['request.environmentName', 'response.environmentName'],
    delete: 'TerminateEnvironment',
    deleteId: ['response.environmentId', 'request.environmentId'],
  },
]);

/**
 * UpdateEnvironment names the environment by ID or by name. By ID, or by the name of one the session
 * created, it is a change to that environment; by name alone, the record cannot give the import ID.
 */
const updateEnvironment: EventHandler = (event, ctx) => {
  const id = optString(event.request, 'environmentId') ?? optString(event.response, 'environmentId');
  const name = optString(event.request, 'environmentName');
  const known = id ?? ctx.all(ENVIRONMENT).find((e) => e.nameHint === name)?.id;
  if (known !== undefined) ctx.change(ENVIRONMENT, known, { nameHint: name ?? known });
  else ctx.unsupported(`UpdateEnvironment names the environment ${name ?? '(unnamed)'} only by name: its import ID (e-…) is not in the record`);
};

export const elasticbeanstalk: ServiceMapper = {
  service: 'elasticbeanstalk',
  eventSource: 'elasticbeanstalk.amazonaws.com',
  resources: TYPES.resources.map((r) => (r.type === ENVIRONMENT ? { ...r, events: [...r.events, 'UpdateEnvironment'] } : r)),
  events: mergeHandlers(TYPES.events, { UpdateEnvironment: updateEnvironment }),
};

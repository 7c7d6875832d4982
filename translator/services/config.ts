// AWS Config: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/config/latest/developerguide/log-api-calls.html
// Every type imports by its name. The Put calls create or replace.

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_config_configuration_recorder',
    create: 'PutConfigurationRecorder',
    id: ['request.configurationRecorder.name'],
    delete: 'DeleteConfigurationRecorder',
    deleteId: ['request.configurationRecorderName'],
  },
  {
    type: 'aws_config_delivery_channel',
    create: 'PutDeliveryChannel',
    id: ['request.deliveryChannel.name'],
    delete: 'DeleteDeliveryChannel',
    deleteId: ['request.deliveryChannelName'],
  },
  {
    type: 'aws_config_config_rule',
    create: 'PutConfigRule',
    id: ['request.configRule.configRuleName'],
    delete: 'DeleteConfigRule',
    deleteId: ['request.configRuleName'],
  },
  {
    type: 'aws_config_conformance_pack',
    create: 'PutConformancePack',
    id: ['request.conformancePackName'],
    delete: 'DeleteConformancePack',
  },
  {
    type: 'aws_config_configuration_aggregator',
    create: 'PutConfigurationAggregator',
    id: ['request.configurationAggregatorName'],
    delete: 'DeleteConfigurationAggregator',
  },
]);

export const config: ServiceMapper = { service: 'config', eventSource: 'config.amazonaws.com', ...TYPES };

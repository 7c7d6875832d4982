// AWS Service Catalog AppRegistry: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/servicecatalog/latest/arguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  // The real record (2020) names the ID `applicationId`; the current API `id`.
  {
    type: 'aws_servicecatalogappregistry_application',
    create: 'CreateApplication',
    id: ['response.application.id', 'response.application.applicationId'],
    delete: 'DeleteApplication',
    deleteId: ['request.application'],
  },
  {
    type: 'aws_servicecatalogappregistry_attribute_group',
    create: 'CreateAttributeGroup',
    id: ['response.attributeGroup.id', 'response.attributeGroup.attributeGroupId'],
    delete: 'DeleteAttributeGroup',
    deleteId: ['request.attributeGroup'],
  },
]);

export const appregistry: ServiceMapper = { service: 'appregistry', eventSource: 'servicecatalog-appregistry.amazonaws.com', ...TYPES };

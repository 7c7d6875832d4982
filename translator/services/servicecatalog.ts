// AWS Service Catalog: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/servicecatalog/latest/adminguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_servicecatalog_portfolio',
    create: 'CreatePortfolio',
    id: ['response.portfolioDetail.id'],
    delete: 'DeletePortfolio',
    deleteId: ['request.id'],
  },
  {
    type: 'aws_servicecatalog_product',
    create: 'CreateProduct',
    id: ['response.productViewDetail.productViewSummary.productId'],
    delete: 'DeleteProduct',
    deleteId: ['request.id'],
  },
]);

export const servicecatalog: ServiceMapper = { service: 'servicecatalog', eventSource: 'servicecatalog.amazonaws.com', ...TYPES };

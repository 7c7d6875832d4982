// AWS Service Catalog: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). JSON protocol, lower-camel members in CloudTrail:
// https://docs.aws.amazon.com/servicecatalog/latest/adminguide/logging-using-cloudtrail.html
// Association import IDs join their parts as each provider doc gives (`LANG:PORTFOLIO:PRODUCT`,
// `LANG,PRINCIPAL_ARN,PORTFOLIO,TYPE`, `TAG_OPTION:RESOURCE`, `BUDGET:RESOURCE`, `ARTIFACT:PRODUCT`);
// the accept language defaults to `en` as the API's does.

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

const req = (e: MapperEvent, key: string) => optString(e.request, key);
const joined = (sep: string, ...parts: (string | undefined)[]) => (parts.every((p) => p !== undefined && p !== '') ? parts.join(sep) : undefined);
const language = (e: MapperEvent) => req(e, 'acceptLanguage') ?? 'en';

/** `PORTFOLIO:TYPE:PRINCIPAL` of a portfolio share (an account, or an organization node). */
function portfolioShare(e: MapperEvent): string | undefined {
  const account = req(e, 'accountId');
  const nodeType = optString(e.request, 'organizationNode.type');
  const nodeValue = optString(e.request, 'organizationNode.value');
  return account ? joined(':', req(e, 'portfolioId'), 'ACCOUNT', account) : joined(':', req(e, 'portfolioId'), nodeType, nodeValue);
}

const TYPES = importOnlyTypes([
  {
    type: 'aws_servicecatalog_portfolio',
    create: 'CreatePortfolio',
    id: ['response.portfolioDetail.id'],
    delete: 'DeletePortfolio',
    deleteId: ['request.id'],
    update: ['UpdatePortfolio'],
  },
  {
    type: 'aws_servicecatalog_product',
    create: 'CreateProduct',
    id: ['response.productViewDetail.productViewSummary.productId'],
    delete: 'DeleteProduct',
    deleteId: ['request.id'],
    update: ['UpdateProduct'],
  },
  {
    type: 'aws_servicecatalog_provisioned_product',
    create: 'ProvisionProduct',
    id: ['response.recordDetail.provisionedProductId'],
    delete: 'TerminateProvisionedProduct',
    deleteId: ['request.provisionedProductId'],
    update: ['UpdateProvisionedProduct'],
    updateId: ['request.provisionedProductId'],
  },
  { type: 'aws_servicecatalog_tag_option', create: 'CreateTagOption', id: ['response.tagOptionDetail.id'], delete: 'DeleteTagOption', deleteId: ['request.id'], update: ['UpdateTagOption'] },
  { type: 'aws_servicecatalog_constraint', create: 'CreateConstraint', id: ['response.constraintDetail.constraintId'], delete: 'DeleteConstraint', deleteId: ['request.id'], update: ['UpdateConstraint'] },
  {
    type: 'aws_servicecatalog_service_action',
    create: 'CreateServiceAction',
    id: ['response.serviceActionDetail.serviceActionSummary.id'],
    delete: 'DeleteServiceAction',
    deleteId: ['request.id'],
    update: ['UpdateServiceAction'],
  },
  {
    type: 'aws_servicecatalog_provisioning_artifact',
    create: 'CreateProvisioningArtifact',
    id: (e) => joined(':', optString(e.response, 'provisioningArtifactDetail.id'), req(e, 'productId')),
    delete: 'DeleteProvisioningArtifact',
    deleteId: (e) => joined(':', req(e, 'provisioningArtifactId'), req(e, 'productId')),
    update: ['UpdateProvisioningArtifact'],
    nameHint: (id) => id.split(':')[0] ?? id,
  },
  {
    type: 'aws_servicecatalog_product_portfolio_association',
    create: 'AssociateProductWithPortfolio',
    id: (e) => joined(':', language(e), req(e, 'portfolioId'), req(e, 'productId')),
    delete: 'DisassociateProductFromPortfolio',
  },
  {
    type: 'aws_servicecatalog_principal_portfolio_association',
    create: 'AssociatePrincipalWithPortfolio',
    id: (e) => joined(',', language(e), req(e, 'principalARN'), req(e, 'portfolioId'), req(e, 'principalType') ?? 'IAM'),
    // `en,arn:…:role/Developers,port-…,IAM` → `Developers`.
    nameHint: (id) => id.split(',')[1]?.split('/').pop() ?? id,
    delete: 'DisassociatePrincipalFromPortfolio',
  },
  {
    type: 'aws_servicecatalog_tag_option_resource_association',
    create: 'AssociateTagOptionWithResource',
    id: (e) => joined(':', req(e, 'tagOptionId'), req(e, 'resourceId')),
    delete: 'DisassociateTagOptionFromResource',
  },
  {
    type: 'aws_servicecatalog_budget_resource_association',
    create: 'AssociateBudgetWithResource',
    id: (e) => joined(':', req(e, 'budgetName'), req(e, 'resourceId')),
    delete: 'DisassociateBudgetFromResource',
  },
  {
    type: 'aws_servicecatalog_portfolio_share',
    create: 'CreatePortfolioShare',
    id: portfolioShare,
    delete: 'DeletePortfolioShare',
    // `port-…:ACCOUNT:444455556666` → `port-…-444455556666`.
    nameHint: (id) => id.split(':').filter((_, i) => i !== 1).join('-'),
  },
]);

export const servicecatalog: ServiceMapper = { service: 'servicecatalog', eventSource: 'servicecatalog.amazonaws.com', ...TYPES };

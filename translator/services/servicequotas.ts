// Service Quotas: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). JSON protocol, lower-camel members:
// https://docs.aws.amazon.com/servicequotas/latest/userguide/logging-using-cloudtrail.html
// A quota increase request is what aws_servicequotas_service_quota manages (import ID
// `SERVICE_CODE/QUOTA_CODE`); template entries are imported as `REGION,QUOTA_CODE,SERVICE_CODE`.

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

const joined = (sep: string, ...parts: (string | undefined)[]) => (parts.every((p) => p !== undefined && p !== '') ? parts.join(sep) : undefined);
const req = (e: MapperEvent, key: string) => optString(e.request, key);

const TYPES = importOnlyTypes([
  { type: 'aws_servicequotas_service_quota', create: 'RequestServiceQuotaIncrease', id: (e) => joined('/', req(e, 'serviceCode'), req(e, 'quotaCode')) },
  {
    type: 'aws_servicequotas_template',
    create: 'PutServiceQuotaIncreaseRequestIntoTemplate',
    id: (e) => joined(',', req(e, 'awsRegion'), req(e, 'quotaCode'), req(e, 'serviceCode')),
    delete: 'DeleteServiceQuotaIncreaseRequestFromTemplate',
  },
  {
    type: 'aws_servicequotas_template_association',
    create: 'AssociateServiceQuotaTemplate',
    id: (e) => e.accountId || undefined,
    delete: 'DisassociateServiceQuotaTemplate',
  },
]);

export const servicequotas: ServiceMapper = { service: 'servicequotas', eventSource: 'servicequotas.amazonaws.com', ...TYPES };

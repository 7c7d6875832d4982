// Amazon Route 53 Domains: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). Both are imported by the domain name.
// aws_route53domains_domain registers (RegisterDomain, DeleteDomain); aws_route53domains_registered_domain
// manages a domain the account already holds (transferred in, or registered before the session); a change
// to a domain the session registered stays with its aws_route53domains_domain.
// The Route 53 developer guide's CloudTrail example of a console contact change is spelled
// `updateDomainContact` with `domainName: {name}` (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/logging-using-cloudtrail.html);
// the API's own spelling is `UpdateDomainContact` with a string `domainName`. Both are read.

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { at, optString } from './read';

/** The domain name: a string (the API), or `{name}` (the console's record in the Route 53 guide). */
const domainName = (e: MapperEvent) => {
  const value = at(e.request, 'domainName');
  const name = typeof value === 'string' ? value : optString(e.request, 'domainName.name');
  return name?.replace(/\.$/, '').toLowerCase();
};

const TYPES = importOnlyTypes([
  { type: 'aws_route53domains_domain', create: 'RegisterDomain', id: domainName, delete: 'DeleteDomain' },
  {
    type: 'aws_route53domains_registered_domain',
    create: 'TransferDomain',
    id: domainName,
    updatesFoldInto: ['aws_route53domains_domain'],
    update: [
      'UpdateDomainContact',
      'updateDomainContact',
      'UpdateDomainContactPrivacy',
      'UpdateDomainNameservers',
      'EnableDomainAutoRenew',
      'DisableDomainAutoRenew',
      'EnableDomainTransferLock',
      'DisableDomainTransferLock',
    ],
  },
]);

export const route53domains: ServiceMapper = { service: 'route53domains', eventSource: 'route53domains.amazonaws.com', ...TYPES };

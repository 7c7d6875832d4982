// AWS Directory Service: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_monitor_cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { MapperEvent, ServiceMapper } from './mapper';
import { optString } from './read';

/** `DIRECTORY-ID<sep>REMOTE-DOMAIN` from the request, or undefined when one is missing. */
const withDomain = (sep: string) => (e: MapperEvent) => {
  const directory = optString(e.request, 'directoryId');
  const domain = optString(e.request, 'remoteDomainName');
  return directory && domain ? `${directory}${sep}${domain}` : undefined;
};

const TYPES = importOnlyTypes([
  // Simple AD, AWS Managed Microsoft AD and AD Connector are all this type, imported by the directory ID.
  {
    type: 'aws_directory_service_directory',
    create: 'CreateMicrosoftAD',
    alsoCreatedBy: ['CreateDirectory', 'ConnectDirectory'],
    id: ['response.directoryId'],
    name: ['request.name'],
    delete: 'DeleteDirectory',
    deleteId: ['request.directoryId'],
  },
  {
    type: 'aws_directory_service_conditional_forwarder',
    create: 'CreateConditionalForwarder',
    id: withDomain(':'),
    name: ['request.remoteDomainName'],
    delete: 'DeleteConditionalForwarder',
  },
  // Imported by the directory ID; one per directory.
  { type: 'aws_directory_service_log_subscription', create: 'CreateLogSubscription', id: ['request.directoryId'], delete: 'DeleteLogSubscription' },
  { type: 'aws_directory_service_radius_settings', create: 'EnableRadius', id: ['request.directoryId'], delete: 'DisableRadius' },
  // Import ID `DIRECTORY-ID/REMOTE-DOMAIN`; DeleteTrust names the trust ID only, so only the create is mapped.
  { type: 'aws_directory_service_trust', create: 'CreateTrust', id: withDomain('/'), name: ['request.remoteDomainName'] },
  // Import ID `OWNER-DIRECTORY-ID/SHARED-DIRECTORY-ID`.
  {
    type: 'aws_directory_service_shared_directory',
    create: 'ShareDirectory',
    id: (e) => { const owner = optString(e.request, 'directoryId'); const shared = optString(e.response, 'sharedDirectoryId'); return owner && shared ? `${owner}/${shared}` : undefined; },
  },
]);

export const ds: ServiceMapper = { service: 'ds', eventSource: 'ds.amazonaws.com', ...TYPES };

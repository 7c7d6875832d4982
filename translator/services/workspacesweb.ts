// Amazon WorkSpaces Secure Browser (WorkSpaces Web): types Trailform maps by their import block only;
// Terraform writes their configuration (`terraform plan -generate-config-out`). Event and field names:
// https://docs.aws.amazon.com/workspaces-web/latest/adminguide/logging-using-cloudtrail.html
// Portals and settings are imported by ARN, which each create call answers with and each delete call takes.
// The associations with a portal whose import ID the provider documents (`SETTINGS_ARN,PORTAL_ARN`)
// are mapped too.

import { importOnlyTypes, type ImportOnlyRow } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

/** `CreateBrowserSettings` answers `browserSettingsArn`; `DeleteBrowserSettings` takes it. */
const settings = (type: string, kind: string, arn: string): ImportOnlyRow => ({
  type,
  create: `Create${kind}`,
  id: [`response.${arn}`],
  delete: `Delete${kind}`,
  deleteId: [`request.${arn}`],
  update: [`Update${kind}`],
});

/** `Associate…` names the settings and the portal; `Disassociate…` names only the portal (one per kind). */
const association = (type: string, kind: string, arn: string): ImportOnlyRow => ({
  type,
  create: `Associate${kind}`,
  id: (e) => {
    const settingsArn = optString(e.request, arn) ?? optString(e.response, arn);
    const portal = optString(e.request, 'portalArn');
    return settingsArn && portal ? `${settingsArn},${portal}` : undefined;
  },
});

const TYPES = importOnlyTypes([
  settings('aws_workspacesweb_portal', 'Portal', 'portalArn'),
  settings('aws_workspacesweb_browser_settings', 'BrowserSettings', 'browserSettingsArn'),
  settings('aws_workspacesweb_network_settings', 'NetworkSettings', 'networkSettingsArn'),
  settings('aws_workspacesweb_user_settings', 'UserSettings', 'userSettingsArn'),
  settings('aws_workspacesweb_ip_access_settings', 'IpAccessSettings', 'ipAccessSettingsArn'),
  settings('aws_workspacesweb_trust_store', 'TrustStore', 'trustStoreArn'),
  settings('aws_workspacesweb_user_access_logging_settings', 'UserAccessLoggingSettings', 'userAccessLoggingSettingsArn'),
  settings('aws_workspacesweb_data_protection_settings', 'DataProtectionSettings', 'dataProtectionSettingsArn'),
  settings('aws_workspacesweb_identity_provider', 'IdentityProvider', 'identityProviderArn'),
  settings('aws_workspacesweb_session_logger', 'SessionLogger', 'sessionLoggerArn'),
  association('aws_workspacesweb_browser_settings_association', 'BrowserSettings', 'browserSettingsArn'),
  association('aws_workspacesweb_trust_store_association', 'TrustStore', 'trustStoreArn'),
  association('aws_workspacesweb_session_logger_association', 'SessionLogger', 'sessionLoggerArn'),
]);

export const workspacesweb: ServiceMapper = { service: 'workspacesweb', eventSource: 'workspaces-web.amazonaws.com', ...TYPES };

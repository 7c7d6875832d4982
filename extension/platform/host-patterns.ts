// Match patterns shared by the manifest and the webRequest filter. Console hosts: the commercial,
// GovCloud and China consoles, including multi-session hosts "<account>-<id>.<region>.console.aws.amazon.com"
// (https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html).
export const CONSOLE_URL_PATTERNS = [
  'https://console.aws.amazon.com/*',
  'https://*.console.aws.amazon.com/*',
  'https://console.amazonaws-us-gov.com/*',
  'https://*.console.amazonaws-us-gov.com/*',
  'https://console.amazonaws.cn/*',
  'https://*.console.amazonaws.cn/*',
] as const;

// Service API endpoints the console calls directly
// (https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/required-endpoints-dns-configuration.html).
export const AWS_API_URL_PATTERNS = [
  'https://*.amazonaws.com/*',
  'https://*.api.aws/*',
  'https://*.amazonaws.com.cn/*',
] as const;

// SigV4 credential scope "<key>/<date>/<region>/<service>/aws4_request" from the Authorization header
// or the X-Amz-Credential query parameter (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
// Read before redaction; only region and service are kept.

export interface CredentialScope { region: string; signingName: string }

export function credentialScope(headers: Record<string, string>, url: URL): CredentialScope | null {
  const source = headers['authorization'] ?? url.searchParams.get('X-Amz-Credential') ?? '';
  const match = /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\/([a-z0-9.-]+)\/aws4_request/.exec(source)
    ?? /^[^/]+\/\d{8}\/([a-z0-9-]+)\/([a-z0-9.-]+)\/aws4_request$/.exec(source);
  if (!match?.[1] || !match[2]) return null;
  return { region: match[1], signingName: match[2] };
}

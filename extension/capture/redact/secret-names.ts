// Which names carry credentials or secrets. Header list: SigV4 auth
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html), the console's CSRF
// headers (console-traffic.md §2), S3 SSE-C keys (https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html).
// Field list: the members CloudTrail itself hides or AWS models mark sensitive (passwords, secret
// strings, private keys, Lambda ZipFile, EC2 UserData).

export { HIDDEN_VALUE as REDACTED } from '../../../shared/cloudtrail-record.ts';

const SECRET_HEADER_RE = /^(?:authorization|proxy-authorization|cookie|set-cookie|x-amz-security-token|x-amz-server-side-encryption-customer-key(?:-md5)?|x-amz-copy-source-server-side-encryption-customer-key(?:-md5)?)$|csrf|xsrf|token|secret|password|session/i;

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER_RE.test(name);
}

const SECRET_FIELD_RE = /password|passphrase|passwd|secret|privatekey|private_key|sessiontoken|securitytoken|authtoken|accesstoken|refreshtoken|idtoken|authorization|csrf|xsrf|cookie|zipfile|userdata|plaintext|^keymaterial$|^x-amz-signature$|^x-amz-credential$|^x-amz-security-token$/i;
// Names of identifiers and settings that merely mention a secret ("SecretArn", "MinimumPasswordLength",
// "PasswordResetRequired", "MaxPasswordAge") stay visible: they are needed to match CloudTrail and carry
// no secret. Only whole setting words are exempt: a bare "age" would also exempt "…Message", "…Storage".
const NOT_A_SECRET_RE = /(?:id|ids|arn|arns|name|length|policy|required|reset|passwordage|type|enabled|version|rotation\w*)$/i;

export function isSecretField(name: string): boolean {
  const normalised = name.replace(/[\s_]/g, '');
  if (NOT_A_SECRET_RE.test(normalised) && !/^x-amz-/i.test(name)) return false;
  return SECRET_FIELD_RE.test(normalised) || SECRET_FIELD_RE.test(name);
}

// Scores whether a record came from a person clicking in the console, per the evidence in the
// CloudTrail record-contents doc (sessionCredentialFromConsole, userAgent, invokedBy):
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
// One signal alone is not enough: many console writes lack the flag, and "AWS Internal" is also
// what services acting on their own show.

import type { CloudTrailRecord } from '../../shared/cloudtrail-record';

const CONSOLE_AGENT = /(signin\.amazonaws\.com|console\.amazonaws\.com|console\.aws\.amazon\.com|Console|^Mozilla\/)/;
const TOOL_AGENT = /(aws-cli\/|Boto3\/|botocore\/|Terraform\/|HashiCorp|aws-sdk-go|aws-sdk-java\/(?!.*Console)|aws-sdk-nodejs|aws-sdk-js-v3|Pulumi|CloudFormation|exec-env\/CloudShell)/;

export const CONSOLE_THRESHOLD = 2;

export function consoleScore(record: CloudTrailRecord): number {
  let score = 0;
  const agent = record.userAgent ?? '';
  const invokedBy = record.userIdentity?.invokedBy ?? '';
  if (record.sessionCredentialFromConsole === 'true') score += 3;
  if (invokedBy === 'signin.amazonaws.com' || invokedBy === 'console.amazonaws.com') score += 3;
  if (CONSOLE_AGENT.test(agent)) score += 2;
  if (agent === 'AWS Internal' || agent.startsWith('aws-internal/')) score += 1;
  if (record.userIdentity?.accessKeyId?.startsWith('ASIA')) score += 1;
  if (TOOL_AGENT.test(agent) && !CONSOLE_AGENT.test(agent)) score -= 3;
  if (record.userIdentity?.type === 'AWSService' || (invokedBy.endsWith('.amazonaws.com') && !invokedBy.startsWith('signin.') && !invokedBy.startsWith('console.'))) score -= 3;
  return score;
}

export function isConsoleOriginated(record: CloudTrailRecord): boolean {
  return consoleScore(record) >= CONSOLE_THRESHOLD;
}

/** True when the record was made by `user`: a user name, role or role-session name, or an ARN. */
export function madeBy(record: CloudTrailRecord, user: string): boolean {
  const id = record.userIdentity;
  if (!id) return false;
  const arn = id.arn ?? '';
  const candidates = [id.userName, id.principalId, arn, id.sessionContext?.sessionIssuer?.userName, id.sessionContext?.sessionIssuer?.arn, id.accessKeyId];
  if (candidates.some((c) => c === user)) return true;
  if (arn.endsWith(`/${user}`)) return true;
  return (id.principalId ?? '').endsWith(`:${user}`);
}

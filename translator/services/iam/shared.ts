// IAM mapper part: readers its parts share (assembled in ./index.ts).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { Expr } from '../../hcl/ast';
import type { ResourceDraft } from '../mapper';
import { MalformedRecordError, readJsonDocument } from '../read';
import { jsonDocument, text } from '../values';
import { DEFAULT_PATH } from './types';

// Roles, policies, instance profiles, users and groups that existed before the session get only an import
// block: the records never state their whole configuration, and a partial block would
// plan changes (other tags removed) or even a replacement (role, profile and policy paths, policy
// descriptions force new resources). Terraform generates their blocks from the account instead.

export function policyDocument(value: JsonValue | undefined, what: string) {
  const parsed = readJsonDocument(value, what);
  if (parsed === undefined) throw new MalformedRecordError(`missing ${what}`);
  return jsonDocument(parsed);
}

export const pathField = (path: string | undefined) => (path && path !== DEFAULT_PATH ? text(path) : undefined);

/** `arn:aws:iam::123456789012:policy/service-role/Name` → path `/service-role/`, name `Name`. */
export function splitPolicyArn(arn: string): { name: string; path: string } {
  const resource = arn.split(':').slice(5).join(':');
  const match = /^policy(\/(?:.*\/)?)([^/]+)$/.exec(resource);
  if (!match) throw new MalformedRecordError(`policyArn ${arn} is not an IAM policy ARN`);
  return { path: match[1]!, name: match[2]! };
}

/**
 * A readable hint from a policy name: consoles append a UUID to the policies they create
 * (`AWSLambdaBasicExecutionRole-<uuid>`), shortened here to its first block.
 */
export const policyHint = (name: string) => name.replace(/-([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, '-$1');

/** For an attachment, whose name already carries the role, user or group: the policy's name without it. */
export const attachedPolicyHint = (arn: string) => policyHint(arn.split('/').pop()!).replace(/-[0-9a-f]{8}$/i, '');

/** Sets an argument, keeping `tags` last so the blocks read the same as created ones. */
export function setField(draft: ResourceDraft, attr: string, value: Expr): void {
  const { tags, ...rest } = draft.fields;
  draft.fields = tags === undefined ? { ...rest, [attr]: value } : { ...rest, [attr]: value, tags };
}

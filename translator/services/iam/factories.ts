// IAM mapper part: handler factories for the role/user/group policy families and the Tag*/Untag* pairs (assembled in ./index.ts).

import type { EventHandler, FoldContext, MapperEvent, ResourceDraft } from '../mapper';
import { at, readTags, reqString, stringList } from '../read';
import { applyTags } from '../tags';
import { text } from '../values';
import { attachedPolicyHint, policyDocument } from './shared';
import { policyArn } from './roles';

export const SECRET_NOTE = 'Its secret is not in CloudTrail and cannot be imported (aws_iam_access_key docs, Import): Terraform manages the key but will never know the secret.';

/** `Tag<Noun>` / `Untag<Noun>`: IAM names each taggable type in its tagging calls. */
export function tagHandlers(noun: string, change: (event: MapperEvent, ctx: FoldContext) => ResourceDraft): Record<string, EventHandler> {
  return {
    [`Tag${noun}`](event, ctx) {
      applyTags(change(event, ctx), readTags(at(event.request, 'tags')));
    },
    [`Untag${noun}`](event, ctx) {
      applyTags(change(event, ctx), {}, stringList(event.request, 'tagKeys'));
    },
  };
}

/** A role, user or group: the argument naming it on its policies and how an event names it. */
export interface Principal {
  readonly noun: 'Role' | 'User' | 'Group';
  readonly field: 'role' | 'user' | 'group';
  readonly nameOf: (event: MapperEvent) => string;
  /** aws_iam_<field>_policy (inline policy, `principal:name`) and aws_iam_<field>_policy_attachment (`principal/arn`). */
  readonly inline: string;
  readonly attachment: string;
}

/** `Put/Delete<Noun>Policy` (inline policies) and `Attach/Detach<Noun>Policy` (managed-policy attachments). */
export function principalPolicyHandlers(p: Principal): Record<string, EventHandler> {
  return {
    [`Put${p.noun}Policy`](event, ctx) {
      const owner = p.nameOf(event);
      const name = reqString(event.request, 'policyName');
      ctx.put(p.inline, `${owner}:${name}`, {
        nameHint: `${owner}-${name}`,
        fields: { name: text(name), [p.field]: text(owner), policy: policyDocument(at(event.request, 'policyDocument'), 'policyDocument') },
      });
    },
    [`Delete${p.noun}Policy`](event, ctx) {
      ctx.remove(p.inline, `${p.nameOf(event)}:${reqString(event.request, 'policyName')}`);
    },
    [`Attach${p.noun}Policy`](event, ctx) {
      const owner = p.nameOf(event);
      const arn = policyArn(event);
      ctx.put(p.attachment, `${owner}/${arn}`, {
        nameHint: `${owner}-${attachedPolicyHint(arn)}`,
        fields: { [p.field]: text(owner), policy_arn: text(arn) },
      });
    },
    [`Detach${p.noun}Policy`](event, ctx) {
      ctx.remove(p.attachment, `${p.nameOf(event)}/${policyArn(event)}`);
    },
  };
}

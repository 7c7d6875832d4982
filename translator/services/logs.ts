// Amazon CloudWatch Logs log groups. JSON protocol with `logGroupName` in every request; tags are a
// plain map (CreateLogGroup, TagLogGroup) and responseElements are null for these calls.
// TagResource/UntagResource name the group by ARN (`arn:aws:logs:region:account:log-group:NAME`).
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/logging_cw_api_calls.html

import type { FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, MalformedRecordError, optBool, optString, readTags, reqString, stringList, optNumber } from './read';
import { applyTags } from './tags';
import { flag, number, tagsField, text } from './values';

const doc = (name: string) => `https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/${name}#import`;

const LOG_GROUP = 'aws_cloudwatch_log_group';

function partition(region: string): string {
  return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
}

/** The provider's `arn` drops the `:*` suffix the API adds (provider doc, attribute `arn`). */
function groupArn(event: MapperEvent, name: string): string {
  return `arn:${partition(event.region)}:logs:${event.region}:${event.accountId}:log-group:${name}`;
}

function nameFromArn(arn: string): string {
  const match = /:log-group:(.+?)(?::\*)?$/.exec(arn);
  if (!match) throw new MalformedRecordError(`resourceArn ${arn} is not a log group ARN`);
  return match[1]!;
}

function changeGroup(event: MapperEvent, ctx: FoldContext, name: string): ResourceDraft {
  return ctx.change(LOG_GROUP, name, { importId: name, nameHint: name, fields: { name: text(name) }, exports: { id: name, name, arn: groupArn(event, name) } });
}

export const logs: ServiceMapper = {
  service: 'logs',
  eventSource: 'logs.amazonaws.com',
  resources: [
    {
      type: LOG_GROUP,
      importDoc: doc('cloudwatch_log_group'),
      required: [],
      references: { kms_key_id: ['aws_kms_key'] },
      events: ['CreateLogGroup', 'PutRetentionPolicy', 'DeleteRetentionPolicy', 'AssociateKmsKey', 'DisassociateKmsKey', 'TagLogGroup', 'UntagLogGroup', 'TagResource', 'UntagResource', 'DeleteLogGroup'],
    },
  ],
  events: {
    CreateLogGroup(event, ctx) {
      const name = reqString(event.request, 'logGroupName');
      const draft = ctx.create(LOG_GROUP, name, { importId: name, nameHint: name, fields: { name: text(name) }, exports: { id: name, name, arn: groupArn(event, name) } });
      const f = draft.fields;
      const key = optString(event.request, 'kmsKeyId');
      if (key !== undefined) f.kms_key_id = text(key);
      const logClass = optString(event.request, 'logGroupClass');
      if (logClass !== undefined) f.log_group_class = text(logClass);
      const protection = optBool(event.request, 'deletionProtectionEnabled');
      if (protection !== undefined) f.deletion_protection_enabled = flag(protection);
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) f.tags = tags;
    },
    PutRetentionPolicy(event, ctx) {
      const draft = changeGroup(event, ctx, reqString(event.request, 'logGroupName'));
      const days = optNumber(event.request, 'retentionInDays');
      if (days === undefined) throw new MalformedRecordError('missing retentionInDays');
      draft.fields.retention_in_days = number(days);
    },
    DeleteRetentionPolicy(event, ctx) {
      // No retention policy means "never expire", which is the provider's retention_in_days = 0 default.
      delete changeGroup(event, ctx, reqString(event.request, 'logGroupName')).fields.retention_in_days;
    },
    AssociateKmsKey(event, ctx) {
      // The call may name the group by logGroupName or (newer API) resourceIdentifier.
      const name = optString(event.request, 'logGroupName') ?? nameFromArn(reqString(event.request, 'resourceIdentifier'));
      changeGroup(event, ctx, name).fields.kms_key_id = text(reqString(event.request, 'kmsKeyId'));
    },
    DisassociateKmsKey(event, ctx) {
      const name = optString(event.request, 'logGroupName') ?? nameFromArn(reqString(event.request, 'resourceIdentifier'));
      delete changeGroup(event, ctx, name).fields.kms_key_id;
    },
    TagLogGroup(event, ctx) {
      applyTags(changeGroup(event, ctx, reqString(event.request, 'logGroupName')), readTags(at(event.request, 'tags')));
    },
    UntagLogGroup(event, ctx) {
      applyTags(changeGroup(event, ctx, reqString(event.request, 'logGroupName')), {}, stringList(event.request, 'tags'));
    },
    TagResource(event, ctx) {
      const arn = reqString(event.request, 'resourceArn');
      if (!arn.includes(':log-group:')) {
        ctx.ignore(`tags ${arn}, which is not a log group`);
        return;
      }
      applyTags(changeGroup(event, ctx, nameFromArn(arn)), readTags(at(event.request, 'tags')));
    },
    UntagResource(event, ctx) {
      const arn = reqString(event.request, 'resourceArn');
      if (!arn.includes(':log-group:')) {
        ctx.ignore(`untags ${arn}, which is not a log group`);
        return;
      }
      applyTags(changeGroup(event, ctx, nameFromArn(arn)), {}, stringList(event.request, 'tagKeys'));
    },
    DeleteLogGroup(event, ctx) {
      ctx.remove(LOG_GROUP, reqString(event.request, 'logGroupName'));
    },
  },
};

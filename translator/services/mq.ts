// Amazon MQ brokers and configurations.
// CloudTrail shape (REST-JSON protocol): the API members with a lower-case first letter (`brokerName`,
// `hostInstanceType`, `users[{username, password, consoleAccess, groups}]`, `maintenanceWindowStartTime`);
// user passwords are logged as `***` (real record, Amazon MQ developer guide). CreateBroker answers with
// `brokerId` and `brokerArn`, CreateConfiguration with `id`, `arn` and `latestRevision`; the
// configuration's XML arrives base64-encoded in UpdateConfiguration's `data`.
// https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-cloudtrail.html
// https://docs.aws.amazon.com/amazon-mq/latest/api-reference/resources.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optString, readTags, reqString, stringList } from './read';
import { applyTags } from './tags';
import { buildArn } from './arn';
import { blocks, fields, flag, flagAt, numberAt, ownSecret, strings, stringsAt, tagsField, text, textAt } from './values';

const BROKER = 'aws_mq_broker';
const CONFIGURATION = 'aws_mq_configuration';

const USERS_REASON =
  'Amazon MQ never returns user passwords (DescribeUser) and CloudTrail logs them as ***, so an imported broker has no password in state: the live users are kept';

/**
 * One `user` block; the password is always a variable (CloudTrail logs `***`), one per user: named by
 * the username, since every block's password sits at the same path.
 */
function userBlock(u: JsonValue): Fields {
  const username = reqString(u, 'username');
  return fields({
    username: text(username),
    password: ownSecret(`user_${username.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_password`),
    console_access: optBool(u, 'consoleAccess') === true ? flag(true) : undefined,
    groups: stringsAt(u, 'groups'),
    replication_user: optBool(u, 'replicationUser') === true ? flag(true) : undefined,
  });
}

/** The arguments CreateBroker and UpdateBroker both carry; the update names only what it changes. */
function brokerSettings(request: JsonValue): Fields {
  const window = at(request, 'maintenanceWindowStartTime');
  const logs = at(request, 'logs');
  const configuration = at(request, 'configuration');
  return fields({
    engine_version: textAt(request, 'engineVersion'),
    host_instance_type: textAt(request, 'hostInstanceType'),
    auto_minor_version_upgrade: flagAt(request, 'autoMinorVersionUpgrade'),
    authentication_strategy: textAt(request, 'authenticationStrategy'),
    data_replication_mode: textAt(request, 'dataReplicationMode'),
    security_groups: stringsAt(request, 'securityGroups'),
    configuration: isObject(configuration) ? blocks(fields({ id: text(reqString(configuration, 'id')), revision: numberAt(configuration, 'revision') })) : undefined,
    logs: isObject(logs) ? blocks(fields({ general: flagAt(logs, 'general'), audit: maybeAudit(logs) })) : undefined,
    maintenance_window_start_time: isObject(window)
      ? blocks({ day_of_week: text(reqString(window, 'dayOfWeek')), time_of_day: text(reqString(window, 'timeOfDay')), time_zone: text(optString(window, 'timeZone') ?? 'UTC') })
      : undefined,
  });
}

/** `audit` is a string in the provider ("true"/"false", RabbitMQ has none) and a boolean in the API. */
function maybeAudit(logs: JsonValue) {
  const audit = optBool(logs, 'audit');
  return audit === undefined ? undefined : text(String(audit));
}

const brokerIdFromArn = (arn: string) => /:broker:[^:]+:(.+)$/.exec(arn)?.[1];
const configurationIdFromArn = (arn: string) => /:configuration:(.+)$/.exec(arn)?.[1];

function changeBroker(ctx: FoldContext, id: string): ResourceDraft {
  return ctx.change(BROKER, id, { exports: { id } });
}

function changeConfiguration(ctx: FoldContext, id: string): ResourceDraft {
  return ctx.change(CONFIGURATION, id, { exports: { id } });
}

/** CreateTags / DeleteTags name a broker or configuration by ARN. */
function tagged(event: MapperEvent, ctx: FoldContext): ResourceDraft | undefined {
  const arn = reqString(event.request, 'resourceArn');
  const broker = brokerIdFromArn(arn);
  if (broker !== undefined) return changeBroker(ctx, broker);
  const configuration = configurationIdFromArn(arn);
  if (configuration !== undefined) return changeConfiguration(ctx, configuration);
  ctx.ignore(`tags ${arn}, an Amazon MQ resource Trailform does not map`);
  return undefined;
}

/** The broker's users after a Create/Update/DeleteUser call. */
function replaceUser(event: MapperEvent, ctx: FoldContext, keep: boolean): void {
  const draft = changeBroker(ctx, reqString(event.request, 'brokerId'));
  const username = reqString(event.request, 'username');
  if (!draft.created) {
    draft.sessionChange(`${event.eventName === 'DeleteUser' ? 'deleted' : event.eventName === 'CreateUser' ? 'added' : 'updated'} user ${JSON.stringify(username)}`);
    return;
  }
  const users = draft.fields.user?.kind === 'blocks' ? draft.fields.user.items : [];
  const others = users.filter((u) => !(u.username?.kind === 'string' && u.username.value === username));
  draft.fields.user = blocks(...others, ...(keep ? [userBlock(event.request)] : []));
}

/** Base64 XML as the text the provider holds; undefined when CloudTrail hid it. */
function configurationXml(value: string): string | undefined {
  if (/^HIDDEN_/.test(value)) return undefined;
  if (!/^[A-Za-z0-9+/=\s]+$/.test(value)) throw new MalformedRecordError('data should be base64');
  return Buffer.from(value, 'base64').toString('utf8');
}

export const mq: ServiceMapper = {
  service: 'mq',
  eventSource: 'amazonmq.amazonaws.com',
  resources: [
    {
      type: BROKER,
      required: ['broker_name', 'engine_type', 'engine_version', 'host_instance_type', 'user'],
      references: {
        security_groups: ['aws_security_group'],
        subnet_ids: ['aws_subnet'],
        'configuration.id': [CONFIGURATION],
        'encryption_options.kms_key_id': ['aws_kms_key'],
      },
      events: ['CreateBroker', 'UpdateBroker', 'RebootBroker', 'DeleteBroker', 'CreateUser', 'UpdateUser', 'DeleteUser', 'CreateTags', 'DeleteTags'],
    },
    {
      type: CONFIGURATION,
      required: ['data', 'engine_type', 'engine_version', 'name'],
      events: ['CreateConfiguration', 'UpdateConfiguration', 'DeleteConfiguration', 'CreateTags', 'DeleteTags'],
    },
  ],
  events: {
    CreateBroker(event, ctx) {
      const id = reqString(event.response, 'brokerId');
      const name = reqString(event.request, 'brokerName');
      const encryption = at(event.request, 'encryptionOptions');
      const users = listAt(event.request, 'users');
      if (users.length === 0) throw new MalformedRecordError('missing users');
      const draft = ctx.create(BROKER, id, { nameHint: name, exports: { id, arn: optString(event.response, 'brokerArn') ?? buildArn(event, 'mq', `broker:${name}:${id}`) } });
      draft.fields = fields({
        broker_name: text(name),
        engine_type: text(reqString(event.request, 'engineType')),
        deployment_mode: textAt(event.request, 'deploymentMode'),
        ...brokerSettings(event.request),
        publicly_accessible: flagAt(event.request, 'publiclyAccessible'),
        storage_type: textAt(event.request, 'storageType'),
        subnet_ids: stringList(event.request, 'subnetIds').length > 0 ? strings(stringList(event.request, 'subnetIds')) : undefined,
        data_replication_primary_broker_arn: textAt(event.request, 'dataReplicationPrimaryBrokerArn'),
        encryption_options: isObject(encryption)
          ? blocks(fields({ kms_key_id: textAt(encryption, 'kmsKeyId'), use_aws_owned_key: flag(optBool(encryption, 'useAwsOwnedKey') ?? true) }))
          : undefined,
        tags: tagsField(readTags(at(event.request, 'tags'))),
        user: blocks(...users.map(userBlock)),
      });
      draft.ignoreChanges('user', USERS_REASON);
      if (at(event.request, 'ldapServerMetadata') !== undefined) draft.configFromAccount('CreateBroker set ldapServerMetadata, which Trailform does not map yet');
    },
    UpdateBroker(event, ctx) {
      const draft = changeBroker(ctx, reqString(event.request, 'brokerId'));
      Object.assign(draft.fields, brokerSettings(event.request));
    },
    RebootBroker(_event, ctx) {
      ctx.ignore('reboots the broker (applying pending changes): not configuration');
    },
    DeleteBroker(event, ctx) {
      ctx.remove(BROKER, reqString(event.request, 'brokerId'));
    },
    CreateUser(event, ctx) {
      replaceUser(event, ctx, true);
    },
    UpdateUser(event, ctx) {
      replaceUser(event, ctx, true);
    },
    DeleteUser(event, ctx) {
      replaceUser(event, ctx, false);
    },
    CreateTags(event, ctx) {
      const draft = tagged(event, ctx);
      if (draft) applyTags(draft, readTags(at(event.request, 'tags')));
    },
    DeleteTags(event, ctx) {
      const draft = tagged(event, ctx);
      if (draft) applyTags(draft, {}, stringList(event.request, 'tagKeys'));
    },
    CreateConfiguration(event, ctx) {
      const id = reqString(event.response, 'id');
      const name = reqString(event.request, 'name');
      const draft = ctx.create(CONFIGURATION, id, {
        nameHint: name,
        fields: fields({
          name: text(name),
          engine_type: text(reqString(event.request, 'engineType')),
          engine_version: text(reqString(event.request, 'engineVersion')),
          authentication_strategy: textAt(event.request, 'authenticationStrategy'),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
        exports: { id, arn: optString(event.response, 'arn') ?? buildArn(event, 'mq', `configuration:${id}`) },
      });
      // AWS gives a new configuration a default XML the record does not show; an UpdateConfiguration
      // with the data states it.
      draft.configFromAccount('CreateConfiguration does not carry the XML AWS starts the configuration with (data)');
    },
    UpdateConfiguration(event, ctx) {
      const id = reqString(event.request, 'configurationId');
      const xml = configurationXml(reqString(event.request, 'data'));
      const known = ctx.find(CONFIGURATION, id);
      if (known?.created && xml !== undefined) {
        // The session's own configuration, now stated whole: its create settings plus the new XML.
        const previous = known.fields;
        ctx.put(CONFIGURATION, id, { nameHint: known.nameHint, fields: { ...previous, ...fields({ data: text(xml), description: textAt(event.request, 'description') }) }, exports: { ...known.exports } });
        return;
      }
      const draft = changeConfiguration(ctx, id);
      draft.sessionChange('saved a new revision of its XML');
    },
    DeleteConfiguration(event, ctx) {
      ctx.remove(CONFIGURATION, reqString(event.request, 'configurationId'));
    },
  },
};

// ElastiCache mapper part: parameter groups, serverless caches, users and user groups (assembled in ./index.ts).
// Query protocol: lowerCamel API members (`eCPUPerSecond` for ECPUPerSecond), tags `[{key,value}]`, the
// response the result object, possibly under its name (`serverlessCache`).
// API members: https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateServerlessCache.html,
// API_CreateUser.html, API_CreateUserGroup.html, API_CreateCacheParameterGroup.html (and their Modify*).

import type { JsonValue } from '../../../shared/cloudtrail-record';
import type { EventHandler, Fields, MapperEvent, ResourceDraft } from '../mapper';
import { providerDoc } from '../mapper';
import { at, isObject, kmsKeyArn, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from '../read';
import { blocks, fields, flag, number, ownSecret, strings, tagsField, text } from '../values';
import { buildArn } from '../arn';
import { list, type Expr } from '../../hcl/ast';

export const PARAMETER_GROUP = 'aws_elasticache_parameter_group';
export const SERVERLESS = 'aws_elasticache_serverless_cache';
export const USER = 'aws_elasticache_user';
export const USER_GROUP = 'aws_elasticache_user_group';

const textOf = (value: string | undefined) => (value === undefined ? undefined : text(value));
const numberOf = (value: number | undefined) => (value === undefined ? undefined : number(value));

/** Sets the arguments that are defined, keeping `tags` last. */
function assign(draft: ResourceDraft, entries: Fields): void {
  const { tags, ...rest } = draft.fields;
  draft.fields = { ...rest, ...entries };
  if (tags) draft.fields.tags = tags;
}

/** Identity of a type imported by its name, whose ARN is `…:<kind>:<name>`. */
export const namedInit = (event: MapperEvent, kind: string, name: string) => ({ exports: { id: name, name, arn: buildArn(event, 'elasticache', `${kind}:${name}`) } });
export const userInit = (event: MapperEvent, id: string) => ({ exports: { id, user_id: id, arn: buildArn(event, 'elasticache', `user:${id}`) } });
export const userGroupInit = (event: MapperEvent, id: string) => ({ exports: { id, user_group_id: id, arn: buildArn(event, 'elasticache', `usergroup:${id}`) } });

/** The result object of a response: wrapped under its name or the response itself. */
function result(event: MapperEvent, wrapper: string): JsonValue {
  const wrapped = at(event.response, wrapper);
  return isObject(wrapped) ? wrapped : event.response;
}

// ---- parameter groups ------------------------------------------------------------------------------------

function currentParameters(draft: ResourceDraft): Map<string, Fields> {
  const out = new Map<string, Fields>();
  const current = draft.fields.parameter;
  if (current && current.kind === 'blocks') for (const p of current.items) if (p.name?.kind === 'string') out.set(p.name.value, p);
  return out;
}

function setParameters(draft: ResourceDraft, parameters: Map<string, Fields>): void {
  delete draft.fields.parameter;
  if (parameters.size > 0) assign(draft, { parameter: blocks(...parameters.values()) });
}

const parameterGroupName = (r: JsonValue) => reqString(r, 'cacheParameterGroupName').toLowerCase();

// ---- serverless caches -----------------------------------------------------------------------------------

/** CacheUsageLimits as the cache_usage_limits block (`eCPUPerSecond`, the Query casing of ECPUPerSecond). */
function usageLimits(r: JsonValue): Fields | undefined {
  const limits = at(r, 'cacheUsageLimits');
  if (!isObject(limits)) return undefined;
  const storage = at(limits, 'dataStorage');
  const ecpu = at(limits, 'eCPUPerSecond') ?? at(limits, 'ecpuPerSecond');
  const block = fields({
    data_storage: isObject(storage)
      ? blocks(fields({ maximum: numberOf(optNumber(storage, 'maximum')), minimum: numberOf(optNumber(storage, 'minimum')), unit: text(reqString(storage, 'unit')) }))
      : undefined,
    ecpu_per_second: isObject(ecpu) ? blocks(fields({ maximum: numberOf(optNumber(ecpu, 'maximum')), minimum: numberOf(optNumber(ecpu, 'minimum')) })) : undefined,
  });
  return { cache_usage_limits: blocks(block) };
}

/** Arguments CreateServerlessCache and ModifyServerlessCache share. */
function serverlessSettings(draft: ResourceDraft, r: JsonValue): void {
  const groups = stringList(r, 'securityGroupIds');
  assign(draft, fields({
    description: textOf(optString(r, 'description')),
    engine: textOf(optString(r, 'engine')),
    major_engine_version: textOf(optString(r, 'majorEngineVersion')),
    security_group_ids: groups.length > 0 ? strings(groups) : undefined,
    snapshot_retention_limit: numberOf(optNumber(r, 'snapshotRetentionLimit')),
    daily_snapshot_time: textOf(optString(r, 'dailySnapshotTime')),
    user_group_id: textOf(optString(r, 'userGroupId')),
    ...usageLimits(r),
  }));
  if (optBool(r, 'removeUserGroup') === true) delete draft.fields.user_group_id;
}

// ---- users -----------------------------------------------------------------------------------------------

/**
 * Passwords: secrets whatever CloudTrail logs, as sensitive variables; the API returns only how many there
 * are, so the provider cannot read them back and they are ignored after import.
 */
function passwordList(draft: ResourceDraft, count: number, where: string): Expr {
  draft.ignoreChanges(where, `the API never returns user passwords (only their count), so the import cannot read them (${providerDoc('elasticache_user')})`);
  return list(Array.from({ length: count }, (_, i) => ownSecret(`password_${i + 1}`)));
}

function userSettings(draft: ResourceDraft, r: JsonValue): void {
  assign(draft, fields({ access_string: textOf(optString(r, 'accessString')), engine: textOf(optString(r, 'engine')) }));
  const mode = at(r, 'authenticationMode');
  const topPasswords = listAt(r, 'passwords');
  if (isObject(mode)) {
    const type = reqString(mode, 'type');
    const passwords = listAt(mode, 'passwords');
    delete draft.fields.passwords;
    delete draft.fields.no_password_required;
    assign(draft, {
      authentication_mode: blocks(fields({ type: text(type), passwords: passwords.length > 0 ? passwordList(draft, passwords.length, 'authentication_mode[0].passwords') : undefined })),
    });
  } else if (topPasswords.length > 0) {
    delete draft.fields.no_password_required;
    assign(draft, { passwords: passwordList(draft, topPasswords.length, 'passwords') });
  }
  const noPassword = optBool(r, 'noPasswordRequired');
  if (noPassword === true) {
    delete draft.fields.passwords;
    assign(draft, { no_password_required: flag(true) });
    // The provider's Read never sets no_password_required (DescribeUsers answers only the authentication type).
    draft.ignoreChanges('no_password_required', `the provider does not read no_password_required back from the API, so the import leaves it unset (${providerDoc('elasticache_user')})`);
  } else if (noPassword === false) delete draft.fields.no_password_required;
}

// ---- user groups -----------------------------------------------------------------------------------------

function groupUsers(draft: ResourceDraft): Set<string> {
  const current = draft.fields.user_ids;
  return new Set(current && current.kind === 'list' ? current.items.flatMap((i) => (i.kind === 'string' ? [i.value] : [])) : []);
}

export const accessHandlers: Record<string, EventHandler> = {
  CreateCacheParameterGroup(event, ctx) {
    const r = event.request;
    const name = parameterGroupName(r);
    ctx.create(PARAMETER_GROUP, name, {
      ...namedInit(event, 'parametergroup', name),
      fields: fields({
        name: text(name),
        family: text(reqString(r, 'cacheParameterGroupFamily')),
        // Required by the API; the provider's default ("Managed by Terraform") would differ.
        description: text(reqString(r, 'description')),
        tags: tagsField(readTags(at(r, 'tags'))),
      }),
    });
  },
  ModifyCacheParameterGroup(event, ctx) {
    const r = event.request;
    const name = parameterGroupName(r);
    const draft = ctx.change(PARAMETER_GROUP, name, namedInit(event, 'parametergroup', name));
    if (!draft.created) {
      // The group's other parameters are not in the records: the change is stated, not a partial parameter set.
      draft.sessionChange(`set parameters ${listAt(r, 'parameterNameValues').map((p) => `${reqString(p, 'parameterName')} = ${reqString(p, 'parameterValue')}`).join(', ')}`);
      return;
    }
    const parameters = currentParameters(draft);
    for (const p of listAt(r, 'parameterNameValues')) {
      const key = reqString(p, 'parameterName');
      parameters.set(key, { name: text(key), value: text(reqString(p, 'parameterValue')) });
    }
    setParameters(draft, parameters);
  },
  ResetCacheParameterGroup(event, ctx) {
    const r = event.request;
    const name = parameterGroupName(r);
    const draft = ctx.change(PARAMETER_GROUP, name, namedInit(event, 'parametergroup', name));
    const parameters = currentParameters(draft);
    const all = optBool(r, 'resetAllParameters') === true;
    const named = listAt(r, 'parameterNameValues').map((p) => reqString(p, 'parameterName'));
    if (all) parameters.clear();
    for (const key of named) parameters.delete(key);
    setParameters(draft, parameters);
    if (!draft.created) draft.sessionChange(`reset parameters ${all ? '(all)' : named.join(', ')}`);
  },
  DeleteCacheParameterGroup(event, ctx) {
    ctx.remove(PARAMETER_GROUP, parameterGroupName(event.request));
  },

  CreateServerlessCache(event, ctx) {
    const r = event.request;
    const name = reqString(r, 'serverlessCacheName');
    const keyId = optString(r, 'kmsKeyId');
    const subnets = stringList(r, 'subnetIds');
    const snapshots = stringList(r, 'snapshotArnsToRestore');
    const arn = optString(result(event, 'serverlessCache'), 'aRN') ?? optString(result(event, 'serverlessCache'), 'arn');
    const draft = ctx.create(SERVERLESS, name, {
      exports: { ...namedInit(event, 'serverlesscache', name).exports, ...(arn === undefined ? {} : { arn }) },
      fields: fields({
        name: text(name),
        engine: text(reqString(r, 'engine')),
        // The provider reads the key back as its ARN: a key ID is written as the ARN.
        kms_key_id: keyId === undefined ? undefined : text(kmsKeyArn(keyId, event.region, event.accountId) ?? keyId),
        subnet_ids: subnets.length > 0 ? strings(subnets) : undefined,
        snapshot_arns_to_restore: snapshots.length > 0 ? strings(snapshots) : undefined,
      }),
    });
    serverlessSettings(draft, r);
    const tags = tagsField(readTags(at(r, 'tags')));
    if (tags) draft.fields.tags = tags;
    if (snapshots.length > 0) {
      draft.ignoreChanges('snapshot_arns_to_restore', `a create-time choice the API does not return, so the import leaves it unset (${providerDoc('elasticache_serverless_cache')})`);
    }
  },
  ModifyServerlessCache(event, ctx) {
    const name = reqString(event.request, 'serverlessCacheName');
    serverlessSettings(ctx.change(SERVERLESS, name, namedInit(event, 'serverlesscache', name)), event.request);
  },
  DeleteServerlessCache(event, ctx) {
    ctx.remove(SERVERLESS, reqString(event.request, 'serverlessCacheName'));
  },

  CreateUser(event, ctx) {
    const r = event.request;
    const id = reqString(r, 'userId');
    const draft = ctx.create(USER, id, {
      nameHint: reqString(r, 'userName'),
      ...userInit(event, id),
      fields: { user_id: text(id), user_name: text(reqString(r, 'userName')) },
    });
    userSettings(draft, r);
    if (draft.fields.access_string === undefined) throw new MalformedRecordError('missing accessString');
    const tags = tagsField(readTags(at(r, 'tags')));
    if (tags) draft.fields.tags = tags;
  },
  ModifyUser(event, ctx) {
    const r = event.request;
    const id = reqString(r, 'userId');
    const draft = ctx.change(USER, id, userInit(event, id));
    userSettings(draft, r);
    const appended = optString(r, 'appendAccessString');
    const current = draft.fields.access_string;
    if (appended !== undefined && current?.kind === 'string') assign(draft, { access_string: text(`${current.value} ${appended}`) });
    else if (appended !== undefined && !draft.created) draft.sessionChange(`appended "${appended}" to the access string`);
  },
  DeleteUser(event, ctx) {
    const id = reqString(event.request, 'userId');
    // Deleting a user takes it out of the groups it was in.
    for (const group of ctx.all(USER_GROUP)) {
      const users = groupUsers(group);
      if (!users.delete(id)) continue;
      const draft = ctx.change(USER_GROUP, group.id, { exports: group.exports });
      if (users.size > 0) assign(draft, { user_ids: strings([...users]) });
      else delete draft.fields.user_ids;
    }
    ctx.remove(USER, id);
  },

  CreateUserGroup(event, ctx) {
    const r = event.request;
    const id = reqString(r, 'userGroupId');
    const users = stringList(r, 'userIds');
    ctx.create(USER_GROUP, id, {
      ...userGroupInit(event, id),
      fields: fields({
        user_group_id: text(id),
        engine: text(reqString(r, 'engine')),
        user_ids: users.length > 0 ? strings(users) : undefined,
        tags: tagsField(readTags(at(r, 'tags'))),
      }),
    });
  },
  ModifyUserGroup(event, ctx) {
    const r = event.request;
    const id = reqString(r, 'userGroupId');
    const draft = ctx.change(USER_GROUP, id, userGroupInit(event, id));
    const added = stringList(r, 'userIdsToAdd');
    const removed = stringList(r, 'userIdsToRemove');
    if (optString(r, 'engine') !== undefined) assign(draft, { engine: text(reqString(r, 'engine')) });
    if (added.length + removed.length === 0) return;
    if (!draft.created) {
      // The group's other members are not in the records: the change is stated, the block comes from the account.
      const parts = [added.length > 0 ? `added users ${added.join(', ')}` : '', removed.length > 0 ? `removed users ${removed.join(', ')}` : ''];
      draft.sessionChange(parts.filter((p) => p !== '').join('; '));
      return;
    }
    const users = groupUsers(draft);
    for (const u of added) users.add(u);
    for (const u of removed) users.delete(u);
    if (users.size > 0) assign(draft, { user_ids: strings([...users]) });
    else delete draft.fields.user_ids;
  },
  DeleteUserGroup(event, ctx) {
    ctx.remove(USER_GROUP, reqString(event.request, 'userGroupId'));
  },
};

// Amazon Cognito user pools. JSON protocol: CloudTrail keys are the API member names with a lower-case
// first letter (`userPoolId`, `clientName`, `callbackURLs`, `allowedOAuthFlows`).
// Event and field names: https://docs.aws.amazon.com/cognito/latest/developerguide/logging-using-cloudtrail.html
// User pools and app clients here; groups, domains, resource servers and identity providers in members.ts.
// Cognito hides sensitive members in CloudTrail (HIDDEN_FOR_SECURITY_REASONS / HIDDEN_DUE_TO_SECURITY_REASONS,
// "Confidential data in CloudTrail" in the logging doc). The client secret is never read or printed;
// `ClientId` is a sensitive member in the API model too, so a record may hide it.

import type { JsonValue } from '../../../shared/cloudtrail-record';
import { memberHandlers, memberResources, removePoolMembers } from './members';
import { type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper, mergeHandlers } from '../mapper';
import { at, isObject, listAt, listOf, MalformedRecordError, optBool, optNumber, optString, readTags, reqString, stringList } from '../read';
import { blocks, fields, flag, maybe, number, strings, tagsField, text } from '../values';
import { buildArn, partitionOf } from '../arn';

const POOL = 'aws_cognito_user_pool';
const CLIENT = 'aws_cognito_user_pool_client';

const isHidden = (value: string | undefined) => value !== undefined && /^HIDDEN_/.test(value);

// ---------------------------------------------------------------------------------------------
// User pools

const poolArn = (event: MapperEvent, id: string) =>
  buildArn(event, 'cognito-idp', `userpool/${id}`);

/** The pool's `endpoint` attribute, the provider name identity pools use for it (`cognito-idp.<region>.amazonaws.com/<id>`). */
const poolEndpoint = (event: MapperEvent, id: string) =>
  `cognito-idp.${event.region}.amazonaws.com${partitionOf(event.region) === 'aws-cn' ? '.cn' : ''}/${id}`;

/** The member a record holds, from the response's `userPool` echo when it has it, else the request. */
type Pick = (path: string) => JsonValue | undefined;

function picker(event: MapperEvent): Pick {
  const echoed = at(event.response, 'userPool');
  return (path) => (isObject(echoed) && at(echoed, path) !== undefined ? at(echoed, path) : at(event.request, path));
}

const strAt = (pick: Pick, path: string) => maybe(optString({ v: pick(path) ?? null }, 'v'), text);
const numAt = (pick: Pick, path: string) => maybe(optNumber({ v: pick(path) ?? null }, 'v'), number);
const boolAt = (pick: Pick, path: string) => maybe(optBool({ v: pick(path) ?? null }, 'v'), flag);
function setAt(pick: Pick, path: string) {
  const values = stringList({ v: pick(path) ?? null }, 'v');
  return values.length > 0 ? strings(values) : undefined;
}
const block = (f: Fields) => (Object.keys(f).length > 0 ? blocks(f) : undefined);

/**
 * The standard attributes as DescribeUserPool returns them when left at their defaults; the provider
 * leaves exactly these out of `schema` on import (userPoolSchemaAttributeMatchesStandardAttribute in
 * internal/service/cognitoidp/user_pool.go), so they are left out here too.
 */
const STRING_DEFAULT = { type: 'String', mutable: true, required: false, min: '0', max: '2048' };
const STANDARD: Record<string, { type: string; mutable: boolean; required: boolean; min?: string; max?: string }> = {
  address: STRING_DEFAULT, birthdate: { ...STRING_DEFAULT, min: '10', max: '10' }, email: STRING_DEFAULT,
  email_verified: { type: 'Boolean', mutable: true, required: false }, family_name: STRING_DEFAULT, gender: STRING_DEFAULT,
  given_name: STRING_DEFAULT, locale: STRING_DEFAULT, middle_name: STRING_DEFAULT, name: STRING_DEFAULT, nickname: STRING_DEFAULT,
  phone_number: STRING_DEFAULT, phone_number_verified: { type: 'Boolean', mutable: true, required: false }, picture: STRING_DEFAULT,
  preferred_username: STRING_DEFAULT, profile: STRING_DEFAULT, sub: { type: 'String', mutable: false, required: true, min: '1', max: '2048' },
  updated_at: { type: 'Number', mutable: true, required: false, min: '0' }, website: STRING_DEFAULT, zoneinfo: STRING_DEFAULT,
};

function isDefaultStandard(a: JsonValue): boolean {
  const name = optString(a, 'name') ?? '';
  const std = STANDARD[name];
  if (name === 'identities') return optString(a, 'attributeDataType') === 'String' && optBool(a, 'mutable') === true && optBool(a, 'required') !== true;
  if (!std || optBool(a, 'developerOnlyAttribute') === true) return false;
  if (optString(a, 'attributeDataType') !== std.type || (optBool(a, 'mutable') ?? false) !== std.mutable || (optBool(a, 'required') ?? false) !== std.required) return false;
  const constraints = std.type === 'Number' ? 'numberAttributeConstraints' : 'stringAttributeConstraints';
  const [lo, hi] = std.type === 'Number' ? ['minValue', 'maxValue'] : ['minLength', 'maxLength'];
  return std.type === 'Boolean' || (optString(at(a, constraints), lo) === std.min && optString(at(a, constraints), hi) === std.max);
}

function schemaBlock(a: JsonValue): Fields {
  const num = at(a, 'numberAttributeConstraints');
  const str = at(a, 'stringAttributeConstraints');
  return fields({
    name: text(reqString(a, 'name').replace(/^(dev|custom):/, '')),
    attribute_data_type: text(reqString(a, 'attributeDataType')),
    developer_only_attribute: flag(optBool(a, 'developerOnlyAttribute') ?? false),
    mutable: flag(optBool(a, 'mutable') ?? false),
    required: flag(optBool(a, 'required') ?? false),
    number_attribute_constraints: isObject(num) ? blocks(fields({ min_value: maybe(optString(num, 'minValue'), text), max_value: maybe(optString(num, 'maxValue'), text) })) : undefined,
    string_attribute_constraints: isObject(str) ? blocks(fields({ min_length: maybe(optString(str, 'minLength'), text), max_length: maybe(optString(str, 'maxLength'), text) })) : undefined,
  });
}

/**
 * `schema` as the provider reads it back after import: every attribute DescribeUserPool returns that is
 * not a default standard attribute, with the constraints AWS filled in (the provider doc asks for the
 * constraint blocks to avoid replacement). From the response echo when the record has it.
 */
function poolSchema(event: MapperEvent, draft: ResourceDraft) {
  const echoed = at(event.response, 'userPool.schemaAttributes');
  if (Array.isArray(echoed)) {
    const custom = echoed.filter((a) => !isDefaultStandard(a));
    return custom.length > 0 ? blocks(...custom.map(schemaBlock)) : undefined;
  }
  const requested = listAt(event.request, 'schema');
  if (requested.length === 0) return undefined;
  draft.note('The schema attributes are as requested: AWS fills in default constraints the record does not show; check the first plan.');
  return blocks(...requested.map(schemaBlock));
}

function lambdaConfig(pick: Pick): Fields {
  const versioned = (path: string) => {
    const v = pick(path);
    return isObject(v) ? blocks({ lambda_arn: text(reqString(v, 'lambdaArn')), lambda_version: text(reqString(v, 'lambdaVersion')) }) : undefined;
  };
  return fields({
    pre_sign_up: strAt(pick, 'lambdaConfig.preSignUp'),
    custom_message: strAt(pick, 'lambdaConfig.customMessage'),
    post_confirmation: strAt(pick, 'lambdaConfig.postConfirmation'),
    pre_authentication: strAt(pick, 'lambdaConfig.preAuthentication'),
    post_authentication: strAt(pick, 'lambdaConfig.postAuthentication'),
    define_auth_challenge: strAt(pick, 'lambdaConfig.defineAuthChallenge'),
    create_auth_challenge: strAt(pick, 'lambdaConfig.createAuthChallenge'),
    verify_auth_challenge_response: strAt(pick, 'lambdaConfig.verifyAuthChallengeResponse'),
    pre_token_generation: strAt(pick, 'lambdaConfig.preTokenGeneration'),
    user_migration: strAt(pick, 'lambdaConfig.userMigration'),
    kms_key_id: strAt(pick, 'lambdaConfig.kMSKeyID') ?? strAt(pick, 'lambdaConfig.kmsKeyID'),
    pre_token_generation_config: versioned('lambdaConfig.preTokenGenerationConfig'),
    custom_sms_sender: versioned('lambdaConfig.customSMSSender'),
    custom_email_sender: versioned('lambdaConfig.customEmailSender'),
  });
}

/** Arguments CreateUserPool and UpdateUserPool both set; UpdateUserPool resets the ones it leaves out. */
const UPDATABLE = [
  'password_policy', 'sign_in_policy', 'deletion_protection', 'lambda_config', 'auto_verified_attributes', 'sms_verification_message',
  'email_verification_message', 'email_verification_subject', 'verification_message_template', 'sms_authentication_message',
  'user_attribute_update_settings', 'mfa_configuration', 'device_configuration', 'email_configuration', 'sms_configuration',
  'admin_create_user_config', 'user_pool_add_ons', 'account_recovery_setting',
] as const;

function updatableFields(pick: Pick): Fields {
  const template = pick('verificationMessageTemplate');
  const recovery = listOf(pick('accountRecoverySetting.recoveryMechanisms') ?? null);
  const invite = pick('adminCreateUserConfig.inviteMessageTemplate');
  const admin = pick('adminCreateUserConfig');
  const requireVerification = stringList({ v: pick('userAttributeUpdateSettings.attributesRequireVerificationBeforeUpdate') ?? null }, 'v');
  return fields({
    deletion_protection: strAt(pick, 'deletionProtection'),
    mfa_configuration: strAt(pick, 'mfaConfiguration'),
    auto_verified_attributes: setAt(pick, 'autoVerifiedAttributes'),
    // verification_message_template conflicts with the three top-level messages it supersedes
    // (ConflictsWith in the provider); AWS echoes both, so the template wins when present.
    email_verification_message: isObject(template) ? undefined : strAt(pick, 'emailVerificationMessage'),
    email_verification_subject: isObject(template) ? undefined : strAt(pick, 'emailVerificationSubject'),
    sms_verification_message: isObject(template) ? undefined : strAt(pick, 'smsVerificationMessage'),
    sms_authentication_message: strAt(pick, 'smsAuthenticationMessage'),
    password_policy: block(
      fields({
        minimum_length: numAt(pick, 'policies.passwordPolicy.minimumLength'),
        require_lowercase: boolAt(pick, 'policies.passwordPolicy.requireLowercase'),
        require_numbers: boolAt(pick, 'policies.passwordPolicy.requireNumbers'),
        require_symbols: boolAt(pick, 'policies.passwordPolicy.requireSymbols'),
        require_uppercase: boolAt(pick, 'policies.passwordPolicy.requireUppercase'),
        temporary_password_validity_days: numAt(pick, 'policies.passwordPolicy.temporaryPasswordValidityDays'),
        password_history_size: numAt(pick, 'policies.passwordPolicy.passwordHistorySize'),
      }),
    ),
    sign_in_policy: block(fields({ allowed_first_auth_factors: setAt(pick, 'policies.signInPolicy.allowedFirstAuthFactors') })),
    verification_message_template: isObject(template)
      ? block(
          fields({
            default_email_option: maybe(optString(template, 'defaultEmailOption'), text),
            email_message: maybe(optString(template, 'emailMessage'), text),
            email_subject: maybe(optString(template, 'emailSubject'), text),
            email_message_by_link: maybe(optString(template, 'emailMessageByLink'), text),
            email_subject_by_link: maybe(optString(template, 'emailSubjectByLink'), text),
            sms_message: maybe(optString(template, 'smsMessage'), text),
          }),
        )
      : undefined,
    admin_create_user_config: isObject(admin)
      ? block(
          fields({
            allow_admin_create_user_only: maybe(optBool(admin, 'allowAdminCreateUserOnly'), flag),
            invite_message_template: isObject(invite)
              ? block(
                  fields({
                    email_message: maybe(optString(invite, 'emailMessage'), text),
                    email_subject: maybe(optString(invite, 'emailSubject'), text),
                    sms_message: maybe(optString(invite, 'sMSMessage') ?? optString(invite, 'smsMessage'), text),
                  }),
                )
              : undefined,
          }),
        )
      : undefined,
    device_configuration: block(
      fields({
        challenge_required_on_new_device: boolAt(pick, 'deviceConfiguration.challengeRequiredOnNewDevice'),
        device_only_remembered_on_user_prompt: boolAt(pick, 'deviceConfiguration.deviceOnlyRememberedOnUserPrompt'),
      }),
    ),
    email_configuration: block(
      fields({
        email_sending_account: strAt(pick, 'emailConfiguration.emailSendingAccount'),
        source_arn: strAt(pick, 'emailConfiguration.sourceArn'),
        from_email_address: strAt(pick, 'emailConfiguration.from'),
        reply_to_email_address: strAt(pick, 'emailConfiguration.replyToEmailAddress'),
        configuration_set: strAt(pick, 'emailConfiguration.configurationSet'),
      }),
    ),
    sms_configuration: isObject(pick('smsConfiguration'))
      ? blocks(
          fields({
            sns_caller_arn: text(reqString(pick('smsConfiguration'), 'snsCallerArn')),
            external_id: text(optString(pick('smsConfiguration'), 'externalId') ?? ''),
            sns_region: strAt(pick, 'smsConfiguration.snsRegion'),
          }),
        )
      : undefined,
    user_attribute_update_settings: requireVerification.length > 0 ? blocks({ attributes_require_verification_before_update: strings(requireVerification) }) : undefined,
    user_pool_add_ons: isObject(pick('userPoolAddOns'))
      ? blocks(fields({ advanced_security_mode: text(reqString(pick('userPoolAddOns'), 'advancedSecurityMode')) }))
      : undefined,
    account_recovery_setting:
      recovery.length > 0
        ? blocks({
            recovery_mechanism: blocks(
              ...recovery.map((m) => {
                const priority = optNumber(m, 'priority');
                if (priority === undefined) throw new MalformedRecordError('accountRecoverySetting.recoveryMechanisms[].priority missing');
                return { name: text(reqString(m, 'name')), priority: number(priority) };
              }),
            ),
          })
        : undefined,
    lambda_config: block(lambdaConfig(pick)),
  });
}

/** Members of CreateUserPool/UpdateUserPool this mapper writes; others get a note. */
const POOL_MEMBERS = new Set([
  'poolName', 'userPoolId', 'policies', 'deletionProtection', 'lambdaConfig', 'autoVerifiedAttributes', 'aliasAttributes', 'usernameAttributes',
  'smsVerificationMessage', 'emailVerificationMessage', 'emailVerificationSubject', 'verificationMessageTemplate', 'smsAuthenticationMessage',
  'mfaConfiguration', 'userAttributeUpdateSettings', 'deviceConfiguration', 'emailConfiguration', 'smsConfiguration', 'userPoolTags',
  'adminCreateUserConfig', 'schema', 'userPoolAddOns', 'usernameConfiguration', 'accountRecoverySetting', 'userPoolTier',
]);

function noteUnmapped(event: MapperEvent, draft: ResourceDraft): void {
  const unmapped = Object.keys(event.request).filter((k) => !POOL_MEMBERS.has(k));
  if (unmapped.length > 0) draft.note(`Not mapped from ${event.eventName}: ${unmapped.join(', ')}; check the first plan.`);
}

// ---------------------------------------------------------------------------------------------
// App clients

/** The client's ID within the manifest is its import ID, `pool-id/client-id` (cognito_user_pool_client doc). */
const clientKey = (poolId: string, clientId: string) => `${poolId}/${clientId}`;

/** The API's default token validity units (UserPoolClientType): the provider leaves them out of state on import. */
const DEFAULT_UNITS = { accessToken: 'hours', idToken: 'hours', refreshToken: 'days' } as const;

/**
 * A client's whole configuration from a Create/UpdateUserPoolClient record. The response echoes the
 * client as Cognito stored it (`userPoolClient`), so it wins over the request field by field. Every
 * argument but name and user_pool_id is optional and computed, so what the record lacks is left out.
 */
function clientFields(event: MapperEvent, name: string): Fields {
  const echoed = at(event.response, 'userPoolClient');
  const from = (path: string): JsonValue | undefined => (isObject(echoed) && at(echoed, path) !== undefined ? echoed : event.request);
  const str = (path: string) => maybe(optString(from(path), path), text);
  const num = (path: string) => maybe(optNumber(from(path), path), number);
  const bool = (path: string) => maybe(optBool(from(path), path), flag);
  const set = (path: string) => {
    const values = stringList(from(path), path);
    return values.length > 0 ? strings(values) : undefined;
  };

  const units = at(from('tokenValidityUnits'), 'tokenValidityUnits');
  let tokenUnits: Fields | undefined;
  if (isObject(units)) {
    const access = optString(units, 'accessToken') ?? DEFAULT_UNITS.accessToken;
    const id = optString(units, 'idToken') ?? DEFAULT_UNITS.idToken;
    const refresh = optString(units, 'refreshToken') ?? DEFAULT_UNITS.refreshToken;
    // The provider reads default units back as no block at all, so only non-default units are written.
    if (access !== DEFAULT_UNITS.accessToken || id !== DEFAULT_UNITS.idToken || refresh !== DEFAULT_UNITS.refreshToken) {
      tokenUnits = { access_token: text(access), id_token: text(id), refresh_token: text(refresh) };
    }
  }

  const analytics = at(from('analyticsConfiguration'), 'analyticsConfiguration');
  const rotation = at(from('refreshTokenRotation'), 'refreshTokenRotation');
  const poolId = optString(echoed, 'userPoolId') ?? reqString(event.request, 'userPoolId');

  return fields({
    name: text(name),
    user_pool_id: text(poolId),
    access_token_validity: num('accessTokenValidity'),
    id_token_validity: num('idTokenValidity'),
    refresh_token_validity: num('refreshTokenValidity'),
    auth_session_validity: num('authSessionValidity'),
    explicit_auth_flows: set('explicitAuthFlows'),
    read_attributes: set('readAttributes'),
    write_attributes: set('writeAttributes'),
    supported_identity_providers: set('supportedIdentityProviders'),
    allowed_oauth_flows_user_pool_client: bool('allowedOAuthFlowsUserPoolClient'),
    allowed_oauth_flows: set('allowedOAuthFlows'),
    allowed_oauth_scopes: set('allowedOAuthScopes'),
    callback_urls: set('callbackURLs'),
    logout_urls: set('logoutURLs'),
    default_redirect_uri: str('defaultRedirectURI'),
    prevent_user_existence_errors: str('preventUserExistenceErrors'),
    enable_token_revocation: bool('enableTokenRevocation'),
    enable_propagate_additional_user_context_data: bool('enablePropagateAdditionalUserContextData'),
    token_validity_units: tokenUnits ? blocks(tokenUnits) : undefined,
    analytics_configuration: isObject(analytics)
      ? blocks(
          fields({
            application_arn: maybe(optString(analytics, 'applicationArn'), text),
            application_id: maybe(optString(analytics, 'applicationId'), text),
            external_id: maybe(optString(analytics, 'externalId'), text),
            role_arn: maybe(optString(analytics, 'roleArn'), text),
            user_data_shared: maybe(optBool(analytics, 'userDataShared'), flag),
          }),
        )
      : undefined,
    refresh_token_rotation: isObject(rotation)
      ? blocks(fields({ feature: text(reqString(rotation, 'feature')), retry_grace_period_seconds: maybe(optNumber(rotation, 'retryGracePeriodSeconds'), number) }))
      : undefined,
  });
}

const GENERATE_SECRET_REASON =
  'generate_secret forces replacement and the provider never reads it back (DescribeUserPoolClient has no such field), so an imported client has none in state';

/** The client a record names: by ID when CloudTrail shows it, else by name among the session's clients of that pool. */
function findClient(event: MapperEvent, ctx: FoldContext): { draft?: ResourceDraft; poolId: string; clientId?: string } {
  const poolId = reqString(event.request, 'userPoolId');
  const clientId = optString(event.request, 'clientId') ?? optString(event.response, 'userPoolClient.clientId');
  if (clientId !== undefined && !isHidden(clientId)) return { draft: ctx.find(CLIENT, clientKey(poolId, clientId)), poolId, clientId };
  const name = optString(event.response, 'userPoolClient.clientName') ?? optString(event.request, 'clientName');
  const byName = name === undefined ? [] : ctx.all(CLIENT).filter((c) => c.id.startsWith(`${poolId}/`) && c.nameHint === name);
  return { draft: byName.length === 1 ? byName[0] : undefined, poolId };
}

export const cognitoIdp: ServiceMapper = {
  service: 'cognitoidp',
  eventSource: 'cognito-idp.amazonaws.com',
  resources: [
    {
      type: POOL,
      required: ['name'],
      references: {
        'email_configuration.source_arn': ['aws_ses_email_identity'],
        'sms_configuration.sns_caller_arn': ['aws_iam_role'],
        'lambda_config.kms_key_id': ['aws_kms_key'],
        'lambda_config.pre_sign_up': ['aws_lambda_function'],
        'lambda_config.custom_message': ['aws_lambda_function'],
        'lambda_config.post_confirmation': ['aws_lambda_function'],
        'lambda_config.pre_authentication': ['aws_lambda_function'],
        'lambda_config.post_authentication': ['aws_lambda_function'],
        'lambda_config.define_auth_challenge': ['aws_lambda_function'],
        'lambda_config.create_auth_challenge': ['aws_lambda_function'],
        'lambda_config.verify_auth_challenge_response': ['aws_lambda_function'],
        'lambda_config.pre_token_generation': ['aws_lambda_function'],
        'lambda_config.user_migration': ['aws_lambda_function'],
        'lambda_config.pre_token_generation_config.lambda_arn': ['aws_lambda_function'],
        'lambda_config.custom_sms_sender.lambda_arn': ['aws_lambda_function'],
        'lambda_config.custom_email_sender.lambda_arn': ['aws_lambda_function'],
      },
      // A pool from before the session: UpdateUserPool does not restate its schema, username and alias
      // attributes (replace-forcing), so only its import block is printed.
      events: ['CreateUserPool', 'UpdateUserPool', 'DeleteUserPool'],
    },
    ...memberResources,
    {
      type: CLIENT,
      required: ['name', 'user_pool_id'],
      references: { user_pool_id: [POOL] },
      events: ['CreateUserPoolClient', 'UpdateUserPoolClient', 'DeleteUserPoolClient', 'DeleteUserPool'],
    },
  ],
  events: mergeHandlers(memberHandlers, {
    CreateUserPool(event, ctx) {
      const id = reqString(event.response, 'userPool.id');
      const name = optString(event.response, 'userPool.name') ?? reqString(event.request, 'poolName');
      const pick = picker(event);
      const draft = ctx.create(POOL, id, {
        nameHint: name,
        exports: { id, arn: optString(event.response, 'userPool.arn') ?? poolArn(event, id), endpoint: poolEndpoint(event, id) },
      });
      draft.fields = fields({
        name: text(name),
        alias_attributes: setAt(pick, 'aliasAttributes'),
        username_attributes: setAt(pick, 'usernameAttributes'),
        username_configuration: block(fields({ case_sensitive: boolAt(pick, 'usernameConfiguration.caseSensitive') })),
        user_pool_tier: strAt(pick, 'userPoolTier'),
        ...updatableFields(pick),
        schema: poolSchema(event, draft),
        tags: tagsField(readTags(pick('userPoolTags'))),
      });
      noteUnmapped(event, draft);
    },
    UpdateUserPool(event, ctx) {
      // UpdateUserPool resets every setting the request leaves out to its default (API reference), so the
      // updatable arguments are restated from the request; name, schema and username settings stay.
      const id = reqString(event.request, 'userPoolId');
      const draft = ctx.change(POOL, id, { exports: { id, arn: poolArn(event, id), endpoint: poolEndpoint(event, id) } });
      // A pool from before the session keeps only its import block; what the request
      // set is still recorded, so the import block's comment names it.
      for (const attr of UPDATABLE) delete draft.fields[attr];
      const pick: Pick = (path) => at(event.request, path);
      Object.assign(draft.fields, updatableFields(pick));
      const tags = at(event.request, 'userPoolTags');
      if (tags !== undefined && tags !== null) {
        const t = tagsField(readTags(tags));
        if (t) draft.fields.tags = t;
        else delete draft.fields.tags;
      }
      noteUnmapped(event, draft);
    },
    DeleteUserPool(event, ctx) {
      const poolId = reqString(event.request, 'userPoolId');
      // The pool's clients, groups, identity providers, resource servers and domain go with it.
      for (const client of ctx.allWithIdPrefix(CLIENT, `${poolId}/`)) ctx.remove(CLIENT, client.id);
      removePoolMembers(ctx, poolId);
      ctx.remove(POOL, poolId);
    },
    CreateUserPoolClient(event, ctx) {
      const poolId = reqString(event.request, 'userPoolId');
      const clientId = optString(event.response, 'userPoolClient.clientId');
      if (clientId === undefined || isHidden(clientId)) {
        ctx.unsupported(
          `the record does not show the new client's ID (${clientId ?? 'no response'}), so its import block (pool-id/client-id) cannot be written; find it with aws cognito-idp list-user-pool-clients --user-pool-id ${poolId}`,
        );
        return;
      }
      const name = optString(event.response, 'userPoolClient.clientName') ?? reqString(event.request, 'clientName');
      const body = clientFields(event, name);
      const draft = ctx.create(CLIENT, clientKey(poolId, clientId), { nameHint: name, exports: { id: clientId } });
      draft.fields = body;
      // The secret itself is never printed: Cognito returns it once and CloudTrail hides it.
      if (optBool(event.request, 'generateSecret') === true) {
        draft.fields.generate_secret = flag(true);
        draft.ignoreChanges('generate_secret', GENERATE_SECRET_REASON);
      }
    },
    UpdateUserPoolClient(event, ctx) {
      // UpdateUserPoolClient resets every setting the request leaves out to its default (API reference),
      // so the record states the whole configuration and replaces what the session had.
      const { draft: known, poolId, clientId } = findClient(event, ctx);
      if (!known && clientId === undefined) {
        ctx.unsupported('the record hides the client ID and the session created no client of that name in the pool, so the client cannot be imported');
        return;
      }
      const key = known?.id ?? clientKey(poolId, clientId!);
      const name = optString(event.response, 'userPoolClient.clientName') ?? optString(event.request, 'clientName');
      const draft = ctx.change(CLIENT, key, { nameHint: name ?? clientId!, exports: { id: key.slice(poolId.length + 1) } });
      const previous = draft.fields.name;
      const keptName = name ?? (previous?.kind === 'string' ? previous.value : undefined);
      // ClientName is optional in the request; a client from before the session named by nothing here
      // stays an import block only (its required name is unknown).
      if (keptName === undefined) return;
      const secret = draft.fields.generate_secret;
      draft.fields = { ...clientFields(event, keptName), ...(secret ? { generate_secret: secret } : {}) };
    },
    DeleteUserPoolClient(event, ctx) {
      const { draft, poolId, clientId } = findClient(event, ctx);
      if (draft) ctx.remove(CLIENT, draft.id);
      else if (clientId !== undefined) ctx.remove(CLIENT, clientKey(poolId, clientId));
      else ctx.unsupported('the record hides the client ID, so Trailform cannot tell which client was deleted');
    },
  }),
};

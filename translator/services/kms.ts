// AWS KMS keys and aliases. JSON protocol: `keyId` is a key ID or key ARN, CreateKey answers with
// `keyMetadata`, tags are `[{tagKey, tagValue}]`, and key policies arrive as JSON strings.
// KMS also logs every cryptographic call and grant as a management event; those change nothing a
// manifest holds and are ignored with a reason.
// https://docs.aws.amazon.com/kms/latest/developerguide/logging-using-cloudtrail.html

import { mergeHandlers, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, MalformedRecordError, optBool, optNumber, optString, readJsonDocument, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers } from './tagging';
import { blocks, flag, jsonDocument, number, sensitive, tagsField, text } from './values';
import { buildArn } from './arn';

const KEY = 'aws_kms_key';
const ALIAS = 'aws_kms_alias';
const KEY_STORE = 'aws_kms_custom_key_store';

/** `1234abcd-…` from a key ID or a key ARN (`arn:aws:kms:region:account:key/1234abcd-…`). */
function keyIdOf(value: string): string {
  return value.startsWith('arn:') ? value.slice(value.lastIndexOf('/') + 1) : value;
}

/** bypass_policy_lockout_safety_check has a default but no API returns it, so the import leaves it unset. */
function ignoreBypassFlag(draft: ResourceDraft): ResourceDraft {
  draft.ignoreChanges(
    'bypass_policy_lockout_safety_check',
    'Terraform-only flag the import never reads (default false, internal/service/kms/key.go), so the first plan would add it',
  );
  return draft;
}

/** The key `keyId` names; adopted (import-only arguments) when the session did not create it. */
function sessionKey(ctx: FoldContext, keyId: string): ResourceDraft {
  return ignoreBypassFlag(ctx.change(KEY, keyId, {}));
}

/** The key a call names by `keyId` (a key ID or key ARN). */
function changeKey(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  return sessionKey(ctx, keyIdOf(reqString(event.request, 'keyId')));
}

/** TagResource / UntagResource name the key by `keyId`, its tags `[{tagKey, tagValue}]`. */
const TAGGING_CALLS = { ...TAG_RESOURCE, resource: ['keyId'] };

function aliasArn(event: MapperEvent, name: string): string {
  return buildArn(event, 'kms', name);
}

function aliasHint(name: string): string {
  return name.replace(/^alias\//, '');
}

/** Grants are made by AWS services (EBS, RDS, Secrets Manager …) for the key's users and retired by them. */
const GRANT_REASON =
  'a KMS grant: grants are mostly made and retired by AWS services on behalf of the key user (EBS, RDS …); Trailform does not map them to aws_kms_grant';
const CRYPTO_REASON = 'a cryptographic operation with the key: it changes no resource';

const NEVER_RETURNED = 'KMS never returns it (DescribeCustomKeyStores), so an imported key store has none in state';

/**
 * A custom key store's settings from Create/UpdateCustomKeyStore (the update names only what it
 * changes, its name as `newCustomKeyStoreName`). The password and the XKS secret are variables kept by
 * ignore_changes. The cluster ID is `cloudHsmClusterId` (API), `clusterId` in older records (corpus).
 */
function keyStoreSettings(event: MapperEvent, draft: ResourceDraft): void {
  const r = event.request;
  const f = draft.fields;
  const set = (argument: string, value: string | undefined) => {
    if (value !== undefined) f[argument] = text(value);
  };
  set('custom_key_store_name', optString(r, 'customKeyStoreName') ?? optString(r, 'newCustomKeyStoreName'));
  set('custom_key_store_type', optString(r, 'customKeyStoreType'));
  set('cloud_hsm_cluster_id', optString(r, 'cloudHsmClusterId') ?? optString(r, 'clusterId'));
  set('trust_anchor_certificate', optString(r, 'trustAnchorCertificate'));
  set('xks_proxy_connectivity', optString(r, 'xksProxyConnectivity'));
  set('xks_proxy_uri_endpoint', optString(r, 'xksProxyUriEndpoint'));
  set('xks_proxy_uri_path', optString(r, 'xksProxyUriPath'));
  set('xks_proxy_vpc_endpoint_service_name', optString(r, 'xksProxyVpcEndpointServiceName'));
  if (optString(r, 'keyStorePassword') !== undefined) {
    f.key_store_password = sensitive(`Password of the kmsuser of custom key store ${draft.nameHint} (CloudTrail hides it)`);
    draft.ignoreChanges('key_store_password', NEVER_RETURNED);
  }
  const credential = at(r, 'xksProxyAuthenticationCredential');
  if (credential !== undefined && credential !== null) {
    const accessKey = reqString(credential, 'accessKeyId');
    f.xks_proxy_authentication_credential = blocks({
      access_key_id: /^HIDDEN_/.test(accessKey) ? sensitive(`XKS proxy access key ID of custom key store ${draft.nameHint} (CloudTrail hides it)`) : text(accessKey),
      raw_secret_access_key: sensitive(`XKS proxy secret access key of custom key store ${draft.nameHint} (CloudTrail hides it)`),
    });
    draft.ignoreChanges('xks_proxy_authentication_credential', NEVER_RETURNED);
  }
}

const ignoreWith = (reason: string) => (_event: MapperEvent, ctx: FoldContext) => ctx.ignore(reason);

const GRANT_EVENTS = ['CreateGrant', 'RetireGrant', 'RevokeGrant'] as const;
// Most are read-only by name (normalize skips them); the rest would otherwise reach the mapper.
const CRYPTO_EVENTS = [
  'Decrypt',
  'Encrypt',
  'ReEncrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateRandom',
  'GenerateMac',
  'VerifyMac',
  'Sign',
  'Verify',
  'DeriveSharedSecret',
] as const;
const IGNORED: readonly string[] = [...GRANT_EVENTS, ...CRYPTO_EVENTS];

export const kms: ServiceMapper = {
  service: 'kms',
  eventSource: 'kms.amazonaws.com',
  resources: [
    {
      type: KEY,
      // Only keys are tagged; a key ID has no prefix of its own (a UUID, `mrk-…` for multi-Region keys),
      // so every ID a tagging call names is a key's.
      identity: { arn: 'arn:{partition}:kms:{region}:{account}:key/{id}', idPrefix: '', nameHint: (id) => `key-${id.slice(0, 8)}`, exports: ['id', 'key_id', 'arn'] },
      required: [],
      events: [
        'CreateKey',
        'PutKeyPolicy',
        'EnableKeyRotation',
        'DisableKeyRotation',
        'UpdateKeyDescription',
        'EnableKey',
        'DisableKey',
        'TagResource',
        'UntagResource',
        'ScheduleKeyDeletion',
        'CancelKeyDeletion',
        // Handled only to be reported ignored with a reason (grants, cryptographic operations).
        ...IGNORED,
        // Reported unsupported with the provider's reason (multi-Region keys, imported key material).
        'ReplicateKey',
        'UpdatePrimaryRegion',
        'ImportKeyMaterial',
        'SynchronizeMultiRegionKey',
      ],
    },
    {
      type: KEY_STORE,
      required: ['custom_key_store_name'],
      events: ['CreateCustomKeyStore', 'UpdateCustomKeyStore', 'ConnectCustomKeyStore', 'DisconnectCustomKeyStore', 'DeleteCustomKeyStore'],
    },
    {
      type: ALIAS,
      required: ['target_key_id'],
      references: { target_key_id: [KEY] },
      events: ['CreateAlias', 'UpdateAlias', 'DeleteAlias'],
      // UpdateAlias states the alias name and its new target: all an alias has (no tags, no description).
      completeFrom: {
        events: ['UpdateAlias'],
        mapped: ['name', 'target_key_id'],
        unmapped: { name_prefix: 'conflicts with name, which the event states' },
      },
    },
  ],
  events: mergeHandlers(taggingHandlers(() => kms.resources, TAGGING_CALLS, { adopt: { [KEY]: (id, _event, ctx) => sessionKey(ctx, id) } }), {
    CreateKey(event, ctx) {
      const origin = optString(event.request, 'origin');
      if (origin === 'EXTERNAL') {
        // Imported key material is a different resource type (aws_kms_external_key).
        ctx.unsupported('a key with imported key material (origin EXTERNAL) is an aws_kms_external_key, which Trailform does not map');
        return;
      }
      const keyId = reqString(event.response, 'keyMetadata.keyId');
      const description = optString(event.request, 'description');
      const draft = ignoreBypassFlag(ctx.create(KEY, keyId, { nameHint: description }));
      const f = draft.fields;
      if (description !== undefined) f.description = text(description);
      const usage = optString(event.request, 'keyUsage');
      if (usage !== undefined) f.key_usage = text(usage);
      // KeySpec replaced CustomerMasterKeySpec; the provider argument kept the old name.
      const spec = optString(event.request, 'keySpec') ?? optString(event.request, 'customerMasterKeySpec');
      if (spec !== undefined) f.customer_master_key_spec = text(spec);
      const store = optString(event.request, 'customKeyStoreId');
      if (store !== undefined) f.custom_key_store_id = text(store);
      const xks = optString(event.request, 'xksKeyId');
      if (xks !== undefined) f.xks_key_id = text(xks);
      if (optBool(event.request, 'multiRegion') === true) f.multi_region = flag(true);
      const policy = readJsonDocument(at(event.request, 'policy'), 'policy');
      if (policy !== undefined) f.policy = jsonDocument(policy);
      if (optBool(event.request, 'bypassPolicyLockoutSafetyCheck') === true) f.bypass_policy_lockout_safety_check = flag(true);
      const tags = tagsField(readTags(at(event.request, 'tags')));
      if (tags) f.tags = tags;
    },
    PutKeyPolicy(event, ctx) {
      const policy = readJsonDocument(at(event.request, 'policy'), 'policy');
      if (policy === undefined) throw new MalformedRecordError('missing policy');
      changeKey(event, ctx).fields.policy = jsonDocument(policy);
    },
    EnableKeyRotation(event, ctx) {
      const f = changeKey(event, ctx).fields;
      f.enable_key_rotation = flag(true);
      const period = optNumber(event.request, 'rotationPeriodInDays');
      if (period !== undefined) f.rotation_period_in_days = number(period);
    },
    DisableKeyRotation(event, ctx) {
      const f = changeKey(event, ctx).fields;
      f.enable_key_rotation = flag(false);
      delete f.rotation_period_in_days;
    },
    UpdateKeyDescription(event, ctx) {
      changeKey(event, ctx).fields.description = text(optString(event.request, 'description') ?? '');
    },
    EnableKey(event, ctx) {
      changeKey(event, ctx).fields.is_enabled = flag(true);
    },
    DisableKey(event, ctx) {
      changeKey(event, ctx).fields.is_enabled = flag(false);
    },
    CancelKeyDeletion(event, ctx) {
      // A key whose deletion is cancelled comes back disabled.
      // https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html
      changeKey(event, ctx).fields.is_enabled = flag(false);
    },
    ScheduleKeyDeletion(event, ctx) {
      // The key is on its way out (deleted after pendingWindowInDays): it leaves the manifest, and so do
      // the aliases that point at it, which KMS deletes with the key.
      const keyId = keyIdOf(reqString(event.request, 'keyId'));
      const key = ctx.find(KEY, keyId);
      for (const alias of ctx.all(ALIAS)) {
        const target = alias.field('target_key_id');
        if (target && target.kind === 'string' && (keyIdOf(target.value) === keyId || target.value === key?.exports.arn)) ctx.remove(ALIAS, alias.id);
      }
      ctx.remove(KEY, keyId);
    },
    CreateCustomKeyStore(event, ctx) {
      const id = reqString(event.response, 'customKeyStoreId');
      const draft = ctx.create(KEY_STORE, id, { nameHint: reqString(event.request, 'customKeyStoreName'), exports: { id } });
      keyStoreSettings(event, draft);
      // A CloudHSM key store is created with its cluster's trust anchor certificate; a record without
      // it does not state the whole store.
      const type = optString(event.request, 'customKeyStoreType') ?? 'AWS_CLOUDHSM';
      if (type === 'AWS_CLOUDHSM' && draft.fields.trust_anchor_certificate === undefined) {
        draft.configFromAccount('the record does not carry the trust anchor certificate the CloudHSM key store was created with');
      }
    },
    UpdateCustomKeyStore(event, ctx) {
      const id = reqString(event.request, 'customKeyStoreId');
      keyStoreSettings(event, ctx.change(KEY_STORE, id, { exports: { id } }));
    },
    ConnectCustomKeyStore: ignoreWith('connects the custom key store to its cluster or proxy: the connection state is not configuration'),
    DisconnectCustomKeyStore: ignoreWith('disconnects the custom key store: the connection state is not configuration'),
    DeleteCustomKeyStore(event, ctx) {
      ctx.remove(KEY_STORE, reqString(event.request, 'customKeyStoreId'));
    },
    ReplicateKey(event, ctx) {
      ctx.unsupported(`makes a replica of the key in ${reqString(event.request, 'replicaRegion')}: an aws_kms_replica_key lives in that other Region, which Trailform does not map`);
    },
    UpdatePrimaryRegion(event, ctx) {
      ctx.unsupported(`makes ${reqString(event.request, 'primaryRegion')} the primary Region of a multi-Region key: the provider models the primary as aws_kms_key and each replica as aws_kms_replica_key, and cannot swap their roles in place`);
    },
    ImportKeyMaterial(_event, ctx) {
      ctx.unsupported('imports key material: that key is an aws_kms_external_key (key_material_base64 is never returned by KMS), which Trailform does not map');
    },
    SynchronizeMultiRegionKey: ignoreWith('KMS copies the shared properties of a multi-Region key to its replicas itself: no configuration changes'),
    CreateAlias(event, ctx) {
      const name = reqString(event.request, 'aliasName');
      ctx.create(ALIAS, name, {
        nameHint: aliasHint(name),
        fields: { name: text(name), target_key_id: text(keyIdOf(reqString(event.request, 'targetKeyId'))) },
        exports: { id: name, name, arn: aliasArn(event, name) },
      });
    },
    UpdateAlias(event, ctx) {
      const name = reqString(event.request, 'aliasName');
      // The provider reads an alias's target back as a key ID, so a key ARN is stated as its ID.
      const target = text(keyIdOf(reqString(event.request, 'targetKeyId')));
      const draft = ctx.change(ALIAS, name, { nameHint: aliasHint(name), fields: { name: text(name), target_key_id: target }, exports: { id: name, name, arn: aliasArn(event, name) } });
      draft.fields.target_key_id = target;
    },
    DeleteAlias(event, ctx) {
      ctx.remove(ALIAS, reqString(event.request, 'aliasName'));
    },
    ...Object.fromEntries(GRANT_EVENTS.map((name) => [name, ignoreWith(GRANT_REASON)])),
    ...Object.fromEntries(CRYPTO_EVENTS.map((name) => [name, ignoreWith(CRYPTO_REASON)])),
  }),
};

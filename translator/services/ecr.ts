// Amazon ECR private repositories, their lifecycle policies and repository policies, and the registry's
// own settings (registry policy, replication, scanning, pull-through cache rules). CloudTrail shape
// (JSON protocol): request keys are the API member names (`repositoryName`, `policyText`,
// `lifecyclePolicyText`, `imageScanningConfiguration.scanOnPush`); CreateRepository returns `repository`.
// https://docs.aws.amazon.com/AmazonECR/latest/userguide/logging-using-cloudtrail.html
// ECR Public is a different event source (ecr-public.amazonaws.com) and is not mapped here.

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optBool, optString, readJsonDocument, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, flag, jsonDocument, maybe, tagsField, text } from './values';
import { buildArn } from './arn';

const REPOSITORY = 'aws_ecr_repository';
const LIFECYCLE = 'aws_ecr_lifecycle_policy';
const POLICY = 'aws_ecr_repository_policy';
const REGISTRY_POLICY = 'aws_ecr_registry_policy';
const REPLICATION = 'aws_ecr_replication_configuration';
const SCANNING = 'aws_ecr_registry_scanning_configuration';
const CACHE_RULE = 'aws_ecr_pull_through_cache_rule';

function repositoryName(event: MapperEvent): string {
  return reqString(event.request, 'repositoryName');
}

function repositoryExports(event: MapperEvent, name: string): Record<string, string> {
  const arn = optString(event.response, 'repository.repositoryArn') ?? buildArn(event, 'ecr', `repository/${name}`);
  const url = optString(event.response, 'repository.repositoryUri') ?? `${event.accountId}.dkr.ecr.${event.region}.amazonaws.com/${name}`;
  // `name` first: the policy resources' `repository` argument takes the name (their docs' examples).
  return { name, id: name, arn, repository_url: url };
}

/** The repository, adopted when the session did not create it. */
function changeRepository(event: MapperEvent, ctx: FoldContext, name: string): ResourceDraft {
  return ctx.change(REPOSITORY, name, { exports: repositoryExports(event, name) });
}

/** Tagging calls name a repository by ARN (adopted with its URL); anything else is malformed, as before. */
const TAGGING: TaggingOptions = {
  adopt: { [REPOSITORY]: (name, event, ctx) => changeRepository(event, ctx, name) },
  unmapped: (arn) => `${arn} is not an ECR repository ARN`,
  unmappedAs: 'invalid',
};

function scanning(source: JsonValue | undefined) {
  const scanOnPush = optBool(source, 'scanOnPush');
  return scanOnPush === undefined ? undefined : blocks({ scan_on_push: flag(scanOnPush) });
}

function policyDocument(event: MapperEvent, key: string) {
  // The response echoes the stored document pretty-printed; the request holds what the user sent.
  const policy = readJsonDocument(at(event.request, key) ?? at(event.response, key), key);
  if (policy === undefined) throw new MalformedRecordError(`missing ${key}`);
  return jsonDocument(policy);
}

/** The registry (account) a registry-level call configures: the ID its import takes. */
function registryId(event: MapperEvent): string {
  const id = optString(event.response, 'registryId') ?? optString(event.request, 'registryId') ?? event.accountId;
  if (id === '') throw new MalformedRecordError('no registryId and no account in the record');
  return id;
}

function repositoryFilters(source: JsonValue | undefined): Fields[] {
  return listAt(source, 'repositoryFilters').map((f) => ({ filter: text(reqString(f, 'filter')), filter_type: text(reqString(f, 'filterType')) }));
}

function replicationRule(rule: JsonValue): Fields {
  const destinations = listAt(rule, 'destinations');
  if (destinations.length === 0) throw new MalformedRecordError('a replication rule has no destinations');
  const filters = repositoryFilters(rule);
  return fields({
    destination: blocks(...destinations.map((d) => ({ region: text(reqString(d, 'region')), registry_id: text(reqString(d, 'registryId')) }))),
    repository_filter: filters.length > 0 ? blocks(...filters) : undefined,
  });
}

function scanningRule(rule: JsonValue): Fields {
  const filters = repositoryFilters(rule);
  if (filters.length === 0) throw new MalformedRecordError('a scanning rule has no repositoryFilters');
  return { scan_frequency: text(reqString(rule, 'scanFrequency')), repository_filter: blocks(...filters) };
}

function cacheRuleFields(request: JsonValue): Fields {
  return fields({
    credential_arn: maybe(optString(request, 'credentialArn'), text),
    custom_role_arn: maybe(optString(request, 'customRoleArn'), text),
  });
}

export const ecr: ServiceMapper = {
  service: 'ecr',
  eventSource: 'ecr.amazonaws.com',
  resources: [
    {
      type: REPOSITORY,
      // Names may contain `/`; exports add the repository URL (repositoryExports), which the ARN does not give.
      identity: { arn: 'arn:{partition}:ecr:{region}:{account}:repository/{id}', field: 'name' },
      required: ['name'],
      references: { 'encryption_configuration.kms_key': ['aws_kms_key'] },
      events: ['CreateRepository', 'PutImageTagMutability', 'PutImageScanningConfiguration', 'TagResource', 'UntagResource', 'DeleteRepository', 'PutImage'],
    },
    {
      type: LIFECYCLE,
      required: ['policy', 'repository'],
      references: { repository: [REPOSITORY] },
      events: ['PutLifecyclePolicy', 'DeleteLifecyclePolicy', 'DeleteRepository'],
    },
    {
      type: POLICY,
      required: ['policy', 'repository'],
      references: { repository: [REPOSITORY] },
      events: ['SetRepositoryPolicy', 'DeleteRepositoryPolicy', 'DeleteRepository'],
    },
    {
      type: REGISTRY_POLICY,
      required: ['policy'],
      events: ['PutRegistryPolicy', 'DeleteRegistryPolicy'],
    },
    {
      type: REPLICATION,
      required: [],
      events: ['PutReplicationConfiguration'],
    },
    {
      type: SCANNING,
      required: ['scan_type'],
      events: ['PutRegistryScanningConfiguration'],
    },
    {
      type: CACHE_RULE,
      required: ['ecr_repository_prefix', 'upstream_registry_url'],
      references: { credential_arn: ['aws_secretsmanager_secret'], custom_role_arn: ['aws_iam_role'] },
      events: ['CreatePullThroughCacheRule', 'UpdatePullThroughCacheRule', 'DeletePullThroughCacheRule'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => ecr.resources, TAG_RESOURCE, TAGGING), {
    CreateRepository(event, ctx) {
      const name = repositoryName(event);
      const request = event.request;
      const encryption = at(request, 'encryptionConfiguration');
      const exclusions = listAt(request, 'imageTagMutabilityExclusionFilters');
      ctx.create(REPOSITORY, name, {
        exports: repositoryExports(event, name),
        fields: fields({
          name: text(name),
          image_tag_mutability: maybe(optString(request, 'imageTagMutability'), text),
          image_scanning_configuration: scanning(at(request, 'imageScanningConfiguration')),
          // encryption_configuration forces replacement; it is stated only when the request chose it.
          encryption_configuration: isObject(encryption)
            ? blocks(fields({ encryption_type: maybe(optString(encryption, 'encryptionType'), text), kms_key: maybe(optString(encryption, 'kmsKey'), text) }))
            : undefined,
          image_tag_mutability_exclusion_filter: exclusions.length > 0
            ? blocks(...exclusions.map((f) => ({ filter: text(reqString(f, 'filter')), filter_type: text(reqString(f, 'filterType')) })))
            : undefined,
          tags: tagsField(readTags(at(request, 'tags'))),
        }),
      });
    },
    PutImage(_event, ctx) {
      ctx.ignore('pushes an image: images are build artifacts, not configuration the provider manages');
    },
    PutImageTagMutability(event, ctx) {
      const repository = changeRepository(event, ctx, repositoryName(event));
      repository.fields.image_tag_mutability = text(reqString(event.request, 'imageTagMutability'));
      const exclusions = listAt(event.request, 'imageTagMutabilityExclusionFilters');
      if (exclusions.length > 0) {
        repository.fields.image_tag_mutability_exclusion_filter = blocks(
          ...exclusions.map((f) => ({ filter: text(reqString(f, 'filter')), filter_type: text(reqString(f, 'filterType')) })),
        );
      }
    },
    PutImageScanningConfiguration(event, ctx) {
      const repository = changeRepository(event, ctx, repositoryName(event));
      const config = scanning(at(event.request, 'imageScanningConfiguration'));
      if (!config) throw new MalformedRecordError('missing imageScanningConfiguration.scanOnPush');
      repository.fields.image_scanning_configuration = config;
    },
    DeleteRepository(event, ctx) {
      const name = repositoryName(event);
      // The policies live inside the repository and go with it.
      ctx.remove(LIFECYCLE, name);
      ctx.remove(POLICY, name);
      ctx.remove(REPOSITORY, name);
    },

    PutLifecyclePolicy(event, ctx) {
      const name = repositoryName(event);
      ctx.put(LIFECYCLE, name, { fields: { repository: text(name), policy: policyDocument(event, 'lifecyclePolicyText') } });
    },
    DeleteLifecyclePolicy(event, ctx) {
      ctx.remove(LIFECYCLE, repositoryName(event));
    },
    SetRepositoryPolicy(event, ctx) {
      const name = repositoryName(event);
      ctx.put(POLICY, name, { fields: { repository: text(name), policy: policyDocument(event, 'policyText') } });
    },
    DeleteRepositoryPolicy(event, ctx) {
      ctx.remove(POLICY, repositoryName(event));
    },
    PutRegistryPolicy(event, ctx) {
      const id = registryId(event);
      ctx.put(REGISTRY_POLICY, id, { nameHint: 'registry', fields: { policy: policyDocument(event, 'policyText') } });
    },
    DeleteRegistryPolicy(event, ctx) {
      ctx.remove(REGISTRY_POLICY, registryId(event));
    },
    PutReplicationConfiguration(event, ctx) {
      const id = registryId(event);
      const rules = listAt(event.request, 'replicationConfiguration.rules');
      // The call states the whole configuration; no rules means replication is off.
      if (rules.length === 0) {
        ctx.remove(REPLICATION, id);
        return;
      }
      ctx.put(REPLICATION, id, { nameHint: 'registry', fields: { replication_configuration: blocks({ rule: blocks(...rules.map(replicationRule)) }) } });
    },
    PutRegistryScanningConfiguration(event, ctx) {
      const id = registryId(event);
      const rules = listAt(event.request, 'rules');
      ctx.put(SCANNING, id, {
        nameHint: 'registry',
        fields: fields({ scan_type: text(reqString(event.request, 'scanType')), rule: rules.length > 0 ? blocks(...rules.map(scanningRule)) : undefined }),
      });
    },
    CreatePullThroughCacheRule(event, ctx) {
      const prefix = reqString(event.request, 'ecrRepositoryPrefix');
      ctx.create(CACHE_RULE, prefix, {
        fields: fields({
          ecr_repository_prefix: text(prefix),
          upstream_registry_url: text(reqString(event.request, 'upstreamRegistryUrl')),
          upstream_repository_prefix: maybe(optString(event.request, 'upstreamRepositoryPrefix'), text),
          ...cacheRuleFields(event.request),
        }),
      });
    },
    UpdatePullThroughCacheRule(event, ctx) {
      const prefix = reqString(event.request, 'ecrRepositoryPrefix');
      const draft = ctx.change(CACHE_RULE, prefix, { nameHint: prefix });
      Object.assign(draft.fields, cacheRuleFields(event.request));
    },
    DeletePullThroughCacheRule(event, ctx) {
      ctx.remove(CACHE_RULE, reqString(event.request, 'ecrRepositoryPrefix'));
    },
  }),
};

// AWS CodeArtifact domains, repositories and their resource policies. CloudTrail shape (REST-JSON
// protocol): query and body members under their API names (`domain`, `domainOwner`, `repository`,
// `encryptionKey`, `upstreams[{repositoryName}]`, `tags[{key,value}]`, `policyDocument`), the create
// responses echo `domain` / `repository` with their `arn`.
// https://docs.aws.amazon.com/codeartifact/latest/ug/codeartifact-information-in-cloudtrail.html
// https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_Operations.html
// Domains, repositories and both policies import by the ARN of their domain or repository.

import { mergeHandlers, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, listAt, MalformedRecordError, optString, readJsonDocument, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers, type TaggingOptions } from './tagging';
import { blocks, fields, jsonDocument, tagsField, text, textAt } from './values';
import { buildArn } from './arn';

const DOMAIN = 'aws_codeartifact_domain';
const REPOSITORY = 'aws_codeartifact_repository';
const DOMAIN_POLICY = 'aws_codeartifact_domain_permissions_policy';
const REPOSITORY_POLICY = 'aws_codeartifact_repository_permissions_policy';

/** The account that owns the domain: the request's `domainOwner`, else the caller's. */
const ownerOf = (event: MapperEvent) => optString(event.request, 'domainOwner') ?? event.accountId;
const domainArn = (event: MapperEvent, domain: string) => buildArn({ region: event.region, accountId: ownerOf(event) }, 'codeartifact', `domain/${domain}`);
const repositoryArn = (event: MapperEvent, domain: string, repository: string) =>
  buildArn({ region: event.region, accountId: ownerOf(event) }, 'codeartifact', `repository/${domain}/${repository}`);

const ARN = 'arn:{partition}:codeartifact:{region}:{account}';
/** `DOMAIN` from a domain's ARN (`…:domain/DOMAIN`), `DOMAIN-REPOSITORY` from a repository's (`…:repository/DOMAIN/REPOSITORY`). */
const nameOf = (arn: string) => arn.split('/').slice(1).join('-');

// Keyed by ARN, they export their name beside it.
const changeDomain = (ctx: FoldContext, arn: string): ResourceDraft => ctx.change(DOMAIN, arn, { exports: { domain: nameOf(arn), arn, id: arn } });
const changeRepository = (ctx: FoldContext, arn: string): ResourceDraft =>
  ctx.change(REPOSITORY, arn, { exports: { repository: arn.split('/')[2] ?? arn, arn, id: arn } });

const repositoryOf = (event: MapperEvent, ctx: FoldContext) =>
  changeRepository(ctx, repositoryArn(event, reqString(event.request, 'domain'), reqString(event.request, 'repository')));

function upstreams(event: MapperEvent) {
  const items = listAt(event.request, 'upstreams').map((u) => ({ repository_name: text(reqString(u, 'repositoryName')) }));
  return items.length > 0 ? blocks(...items) : undefined;
}

function policyDocument(event: MapperEvent) {
  const document = readJsonDocument(at(event.request, 'policyDocument'), 'policyDocument');
  if (document === undefined) throw new MalformedRecordError('missing policyDocument');
  return jsonDocument(document);
}

const TAGGING: TaggingOptions = {
  adopt: { [DOMAIN]: (arn, _event, ctx) => changeDomain(ctx, arn), [REPOSITORY]: (arn, _event, ctx) => changeRepository(ctx, arn) },
  unmapped: (arn) => `tags ${arn}, a CodeArtifact resource Trailform does not map`,
};

export const codeartifact: ServiceMapper = {
  service: 'codeartifact',
  eventSource: 'codeartifact.amazonaws.com',
  resources: [
    {
      type: DOMAIN,
      identity: { arn: `${ARN}:domain/{name}`, keyedByArn: true, nameHint: nameOf },
      required: ['domain'],
      references: { encryption_key: ['aws_kms_key'] },
      events: ['CreateDomain', 'TagResource', 'UntagResource', 'DeleteDomain'],
    },
    {
      type: REPOSITORY,
      identity: { arn: `${ARN}:repository/{domain}/{name}`, keyedByArn: true, nameHint: nameOf },
      required: ['domain', 'repository'],
      references: { domain: [DOMAIN], 'upstream.repository_name': [REPOSITORY] },
      events: ['CreateRepository', 'UpdateRepository', 'AssociateExternalConnection', 'DisassociateExternalConnection', 'TagResource', 'UntagResource', 'DeleteRepository'],
    },
    {
      type: DOMAIN_POLICY,
      identity: { nameHint: nameOf },
      required: ['domain'],
      references: { domain: [DOMAIN] },
      events: ['PutDomainPermissionsPolicy', 'DeleteDomainPermissionsPolicy', 'DeleteDomain'],
    },
    {
      type: REPOSITORY_POLICY,
      identity: { nameHint: nameOf },
      required: ['domain', 'policy_document', 'repository'],
      references: { domain: [DOMAIN], repository: [REPOSITORY] },
      events: ['PutRepositoryPermissionsPolicy', 'DeleteRepositoryPermissionsPolicy', 'DeleteRepository'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => codeartifact.resources, TAG_RESOURCE, TAGGING), {
    CreateDomain(event, ctx) {
      const domain = reqString(event.request, 'domain');
      const arn = optString(event.response, 'domain.arn') ?? domainArn(event, domain);
      ctx.create(DOMAIN, arn, {
        fields: fields({
          domain: text(domain),
          // Without a key CodeArtifact uses its AWS managed key; encryption_key is optional and computed.
          encryption_key: textAt(event.request, 'encryptionKey'),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
        exports: { domain, arn, id: arn },
      });
    },
    DeleteDomain(event, ctx) {
      const arn = domainArn(event, reqString(event.request, 'domain'));
      ctx.remove(DOMAIN_POLICY, arn);
      ctx.remove(DOMAIN, arn);
    },
    CreateRepository(event, ctx) {
      const domain = reqString(event.request, 'domain');
      const repository = reqString(event.request, 'repository');
      const arn = optString(event.response, 'repository.arn') ?? repositoryArn(event, domain, repository);
      ctx.create(REPOSITORY, arn, {
        fields: fields({
          domain: text(domain),
          domain_owner: textAt(event.request, 'domainOwner'),
          repository: text(repository),
          description: textAt(event.request, 'description'),
          upstream: upstreams(event),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
        exports: { repository, arn, id: arn },
      });
    },
    // UpdateRepository states the description and the whole upstream list (UpdateRepository API reference).
    UpdateRepository(event, ctx) {
      const draft = repositoryOf(event, ctx);
      const description = textAt(event.request, 'description');
      if (description === undefined) delete draft.fields.description;
      else draft.fields.description = description;
      const list = upstreams(event);
      if (list === undefined) delete draft.fields.upstream;
      else draft.fields.upstream = list;
    },
    AssociateExternalConnection(event, ctx) {
      repositoryOf(event, ctx).fields.external_connections = blocks({ external_connection_name: text(reqString(event.request, 'externalConnection')) });
    },
    DisassociateExternalConnection(event, ctx) {
      delete repositoryOf(event, ctx).fields.external_connections;
    },
    DeleteRepository(event, ctx) {
      const arn = repositoryArn(event, reqString(event.request, 'domain'), reqString(event.request, 'repository'));
      ctx.remove(REPOSITORY_POLICY, arn);
      ctx.remove(REPOSITORY, arn);
    },
    PutDomainPermissionsPolicy(event, ctx) {
      const domain = reqString(event.request, 'domain');
      ctx.put(DOMAIN_POLICY, domainArn(event, domain), {
        fields: fields({ domain: text(domain), domain_owner: textAt(event.request, 'domainOwner'), policy_document: policyDocument(event) }),
      });
    },
    DeleteDomainPermissionsPolicy(event, ctx) {
      ctx.remove(DOMAIN_POLICY, domainArn(event, reqString(event.request, 'domain')));
    },
    PutRepositoryPermissionsPolicy(event, ctx) {
      const domain = reqString(event.request, 'domain');
      const repository = reqString(event.request, 'repository');
      ctx.put(REPOSITORY_POLICY, repositoryArn(event, domain, repository), {
        fields: fields({
          domain: text(domain),
          domain_owner: textAt(event.request, 'domainOwner'),
          repository: text(repository),
          policy_document: policyDocument(event),
        }),
      });
    },
    DeleteRepositoryPermissionsPolicy(event, ctx) {
      ctx.remove(REPOSITORY_POLICY, repositoryArn(event, reqString(event.request, 'domain'), reqString(event.request, 'repository')));
    },
  }),
};

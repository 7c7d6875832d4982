// Amazon ECR Public repositories and their policies (us-east-1 only).
// CloudTrail shape (JSON protocol): the API members with a lower-case first letter; CreateRepository
// carries `repositoryName`, `catalogData` (`description`, `aboutText`, `usageText`, `architectures`,
// `operatingSystems`, `logoImageBlob`) and `tags`, and answers with `repository` (ARN, URI, registry).
// https://docs.aws.amazon.com/AmazonECR/latest/public/logging-using-cloudtrail.html
// https://docs.aws.amazon.com/AmazonECRPublic/latest/APIReference/API_Operations.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type Fields, type ServiceMapper } from './mapper';
import { at, isObject, readJsonDocument, readTags, reqString } from './read';
import { TAG_RESOURCE, taggingHandlers } from './tagging';
import { blocks, fields, jsonDocument, stringsAt, tagsField, text, textAt } from './values';

const REPOSITORY = 'aws_ecrpublic_repository';
const POLICY = 'aws_ecrpublic_repository_policy';

function catalogBlock(data: JsonValue | undefined) {
  if (!isObject(data)) return undefined;
  const body: Fields = fields({
    description: textAt(data, 'description'),
    about_text: textAt(data, 'aboutText'),
    usage_text: textAt(data, 'usageText'),
    architectures: stringsAt(data, 'architectures'),
    operating_systems: stringsAt(data, 'operatingSystems'),
    logo_image_blob: textAt(data, 'logoImageBlob'),
  });
  return Object.keys(body).length > 0 ? blocks(body) : undefined;
}

export const ecrpublic: ServiceMapper = {
  service: 'ecrpublic',
  eventSource: 'ecr-public.amazonaws.com',
  resources: [
    {
      type: REPOSITORY,
      // ECR Public ARNs carry no Region: `arn:aws:ecr-public::<account>:repository/<name>` (real record).
      identity: { arn: 'arn:{partition}:ecr-public::{account}:repository/{id}', field: 'repository_name', exports: ['id', 'arn'] },
      required: ['repository_name'],
      events: ['CreateRepository', 'PutRepositoryCatalogData', 'DeleteRepository', 'TagResource', 'UntagResource', 'PutImage'],
    },
    {
      type: POLICY,
      required: ['policy', 'repository_name'],
      references: { repository_name: [REPOSITORY] },
      events: ['SetRepositoryPolicy', 'DeleteRepositoryPolicy', 'DeleteRepository'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => ecrpublic.resources, TAG_RESOURCE, { unmapped: (arn) => `tags ${arn}, which is not a public repository` }), {
    CreateRepository(event, ctx) {
      const name = reqString(event.request, 'repositoryName');
      ctx.create(REPOSITORY, name, {
        fields: fields({
          repository_name: text(name),
          catalog_data: catalogBlock(at(event.request, 'catalogData')),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
        exports: { id: name, arn: reqString(event.response, 'repository.repositoryArn') },
      });
    },
    PutRepositoryCatalogData(event, ctx) {
      const draft = ctx.change(REPOSITORY, reqString(event.request, 'repositoryName'), {});
      // The call replaces the catalog data whole.
      const catalog = catalogBlock(at(event.request, 'catalogData'));
      if (catalog) draft.fields.catalog_data = catalog;
      else delete draft.fields.catalog_data;
    },
    PutImage(_event, ctx) {
      ctx.ignore('pushes an image: images are build artifacts, not configuration the provider manages');
    },
    DeleteRepository(event, ctx) {
      const name = reqString(event.request, 'repositoryName');
      ctx.remove(POLICY, name);
      ctx.remove(REPOSITORY, name);
    },
    SetRepositoryPolicy(event, ctx) {
      const name = reqString(event.request, 'repositoryName');
      // The policy text replaces the repository's one policy: the record states it whole.
      ctx.put(POLICY, name, {
        fields: { repository_name: text(name), policy: jsonDocument(readJsonDocument(reqString(event.request, 'policyText'), 'policyText') ?? {}) },
        exports: { id: name },
      });
    },
    DeleteRepositoryPolicy(event, ctx) {
      ctx.remove(POLICY, reqString(event.request, 'repositoryName'));
    },
  }),
};

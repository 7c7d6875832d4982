// AWS CodeCommit repositories, approval rule templates and their associations with repositories.
// CloudTrail shape (JSON protocol): the API's lowerCamel members (`repositoryName`, `repositoryDescription`,
// `tags` as a plain map, `kmsKeyId`; `approvalRuleTemplateName`, `approvalRuleTemplateContent`), the create
// response echoes `repositoryMetadata` (with `arn`) or `approvalRuleTemplate`.
// https://docs.aws.amazon.com/codecommit/latest/userguide/integ-cloudtrail.html
// https://docs.aws.amazon.com/codecommit/latest/APIReference/API_Operations.html

import { mergeHandlers, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, MalformedRecordError, readJsonDocument, readTags, reqString, stringList } from './read';
import { taggingHandlers } from './tagging';
import { fields, jsonDocument, tagsField, text, textAt } from './values';
import { buildArn } from './arn';

const REPOSITORY = 'aws_codecommit_repository';
const TEMPLATE = 'aws_codecommit_approval_rule_template';
const ASSOCIATION = 'aws_codecommit_approval_rule_template_association';

// A repository's ARN ends in its bare name (arn:aws:codecommit:us-east-2:111122223333:MyDemoRepo).
const repositoryArn = (event: MapperEvent, name: string) => buildArn(event, 'codecommit', name);

function changeRepository(ctx: FoldContext, name: string): ResourceDraft {
  return ctx.change(REPOSITORY, name, {});
}

/** The rule content, a JSON document the provider compares by meaning (jsonencode keeps it readable). */
function ruleContent(event: MapperEvent, path: string) {
  const document = readJsonDocument(at(event.request, path), path);
  if (document === undefined) throw new MalformedRecordError(`missing ${path}`);
  return jsonDocument(document);
}

function changeTemplate(ctx: FoldContext, name: string): ResourceDraft {
  return ctx.change(TEMPLATE, name, {});
}

// Associations import as `TEMPLATE,REPOSITORY` (codecommit_approval_rule_template_association doc).
const associationId = (template: string, repository: string) => `${template},${repository}`;

function associate(ctx: FoldContext, template: string, repository: string): void {
  ctx.create(ASSOCIATION, associationId(template, repository), {
    nameHint: `${template}-${repository}`,
    fields: { approval_rule_template_name: text(template), repository_name: text(repository) },
  });
}

/** A renamed repository or template keeps its draft; the new name is what Terraform imports. */
function rename(draft: ResourceDraft, attribute: string, newName: string, exported: string): void {
  draft.fields[attribute] = text(newName);
  draft.importId = newName;
  draft.aliases.push(newName);
  draft.exports = { ...draft.exports, [exported]: newName, id: newName };
}

export const codecommit: ServiceMapper = {
  service: 'codecommit',
  eventSource: 'codecommit.amazonaws.com',
  resources: [
    {
      type: REPOSITORY,
      identity: { arn: 'arn:{partition}:codecommit:{region}:{account}:{id}', exports: ['repository_name', 'id', 'arn'] },
      required: ['repository_name'],
      references: { kms_key_id: ['aws_kms_key'] },
      events: ['CreateRepository', 'UpdateRepositoryDescription', 'UpdateRepositoryName', 'UpdateDefaultBranch', 'UpdateRepositoryEncryptionKey', 'TagResource', 'UntagResource', 'DeleteRepository'],
    },
    {
      type: TEMPLATE,
      identity: { exports: ['name', 'id'] },
      required: ['content', 'name'],
      events: ['CreateApprovalRuleTemplate', 'UpdateApprovalRuleTemplateContent', 'UpdateApprovalRuleTemplateDescription', 'UpdateApprovalRuleTemplateName', 'DeleteApprovalRuleTemplate'],
    },
    {
      type: ASSOCIATION,
      required: ['approval_rule_template_name', 'repository_name'],
      references: { approval_rule_template_name: [TEMPLATE], repository_name: [REPOSITORY] },
      events: [
        'AssociateApprovalRuleTemplateWithRepository',
        'BatchAssociateApprovalRuleTemplateWithRepositories',
        'DisassociateApprovalRuleTemplateFromRepository',
        'BatchDisassociateApprovalRuleTemplateFromRepositories',
        'DeleteApprovalRuleTemplate',
        'DeleteRepository',
      ],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => codecommit.resources), {
    CreateRepository(event, ctx) {
      const name = reqString(event.request, 'repositoryName');
      ctx.create(REPOSITORY, name, {
        fields: fields({
          repository_name: text(name),
          description: textAt(event.request, 'repositoryDescription'),
          // Without a key CodeCommit uses its AWS managed key; kms_key_id is optional and computed.
          kms_key_id: textAt(event.request, 'kmsKeyId'),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      });
    },
    UpdateRepositoryDescription(event, ctx) {
      const draft = changeRepository(ctx, reqString(event.request, 'repositoryName'));
      const description = textAt(event.request, 'repositoryDescription');
      if (description === undefined) delete draft.fields.description;
      else draft.fields.description = description;
    },
    UpdateRepositoryName(event, ctx) {
      const draft = changeRepository(ctx, reqString(event.request, 'oldName'));
      rename(draft, 'repository_name', reqString(event.request, 'newName'), 'repository_name');
      draft.exports.arn = repositoryArn(event, reqString(event.request, 'newName'));
    },
    // The provider reads default_branch back only when the configuration sets it (repository.go), so a
    // repository whose default branch was never chosen explicitly plans no change without it.
    UpdateDefaultBranch(event, ctx) {
      changeRepository(ctx, reqString(event.request, 'repositoryName')).fields.default_branch = text(reqString(event.request, 'defaultBranchName'));
    },
    UpdateRepositoryEncryptionKey(event, ctx) {
      changeRepository(ctx, reqString(event.request, 'repositoryName')).fields.kms_key_id = text(reqString(event.request, 'kmsKeyId'));
    },
    DeleteRepository(event, ctx) {
      const name = reqString(event.request, 'repositoryName');
      for (const association of ctx.all(ASSOCIATION)) if (association.id.endsWith(`,${name}`)) ctx.remove(ASSOCIATION, association.id);
      ctx.remove(REPOSITORY, name);
    },

    CreateApprovalRuleTemplate(event, ctx) {
      const name = reqString(event.request, 'approvalRuleTemplateName');
      ctx.create(TEMPLATE, name, {
        fields: fields({
          name: text(name),
          description: textAt(event.request, 'approvalRuleTemplateDescription'),
          content: ruleContent(event, 'approvalRuleTemplateContent'),
        }),
      });
    },
    UpdateApprovalRuleTemplateContent(event, ctx) {
      changeTemplate(ctx, reqString(event.request, 'approvalRuleTemplateName')).fields.content = ruleContent(event, 'newRuleContent');
    },
    UpdateApprovalRuleTemplateDescription(event, ctx) {
      const draft = changeTemplate(ctx, reqString(event.request, 'approvalRuleTemplateName'));
      const description = textAt(event.request, 'approvalRuleTemplateDescription');
      if (description === undefined) delete draft.fields.description;
      else draft.fields.description = description;
    },
    UpdateApprovalRuleTemplateName(event, ctx) {
      const draft = changeTemplate(ctx, reqString(event.request, 'oldApprovalRuleTemplateName'));
      rename(draft, 'name', reqString(event.request, 'newApprovalRuleTemplateName'), 'name');
    },
    DeleteApprovalRuleTemplate(event, ctx) {
      const name = reqString(event.request, 'approvalRuleTemplateName');
      for (const association of ctx.allWithIdPrefix(ASSOCIATION, `${name},`)) ctx.remove(ASSOCIATION, association.id);
      ctx.remove(TEMPLATE, name);
    },

    AssociateApprovalRuleTemplateWithRepository(event, ctx) {
      associate(ctx, reqString(event.request, 'approvalRuleTemplateName'), reqString(event.request, 'repositoryName'));
    },
    // The batch call's response lists the repositories it could not associate (`errors`); only the others are.
    BatchAssociateApprovalRuleTemplateWithRepositories(event, ctx) {
      const template = reqString(event.request, 'approvalRuleTemplateName');
      const failed = new Set(failedRepositories(event));
      for (const repository of stringList(event.request, 'repositoryNames')) if (!failed.has(repository)) associate(ctx, template, repository);
    },
    DisassociateApprovalRuleTemplateFromRepository(event, ctx) {
      ctx.remove(ASSOCIATION, associationId(reqString(event.request, 'approvalRuleTemplateName'), reqString(event.request, 'repositoryName')));
    },
    BatchDisassociateApprovalRuleTemplateFromRepositories(event, ctx) {
      const template = reqString(event.request, 'approvalRuleTemplateName');
      const failed = new Set(failedRepositories(event));
      for (const repository of stringList(event.request, 'repositoryNames')) if (!failed.has(repository)) ctx.remove(ASSOCIATION, associationId(template, repository));
    },
  }),
};

function failedRepositories(event: MapperEvent): string[] {
  const errors = at(event.response, 'errors');
  return Array.isArray(errors) ? errors.flatMap((e) => {
    const name = at(e, 'repositoryName');
    return typeof name === 'string' ? [name] : [];
  }) : [];
}

// AWS Certificate Manager certificates, requested (Amazon-issued or private CA) or imported.
// CloudTrail shape (JSON protocol): lowerCamel request members, `responseElements.certificateArn`;
// ImportCertificate's PEM blobs arrive as serialized Java ByteBuffers with the bytes elided, so neither
// the certificate nor its private key can be recovered from the log.
// https://docs.aws.amazon.com/acm/latest/userguide/cloudtrail.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { mergeHandlers, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, optString, readTags, reqString, stringList } from './read';
import { applyTags, currentTags } from './tags';
import { taggingHandlers, type TagFamily } from './tagging';
import { blocks, fields, sensitive, strings, tagsField, text } from './values';

const CERT = 'aws_acm_certificate';

// The provider never reads PEM material back from ACM (certificate.go sets none of these in Read; its
// import test ignores certificate_body and private_key), so a plan after import would re-import the
// certificate unless they are ignored.
const PEM_REASONS: Record<string, string> = {
  certificate_body: 'certificate_body: not read back from ACM by the provider, so it cannot be compared after import',
  private_key: 'private_key: ACM never returns it and CloudTrail does not log it',
  certificate_chain: 'certificate_chain: not read back from ACM by the provider, so it cannot be compared after import',
};

/** Imported certificates have no name in the log: `imported 01234567` from the ARN's UUID. */
const importedName = (arn: string) => `imported ${(arn.split('/').pop() ?? arn).slice(0, 8)}`;

function certificateOptions(options: JsonValue | undefined) {
  if (!isObject(options)) return undefined;
  const logging = optString(options, 'certificateTransparencyLoggingPreference');
  const exportable = optString(options, 'export');
  if (logging === undefined && exportable === undefined) return undefined;
  return blocks(
    fields({
      certificate_transparency_logging_preference: logging === undefined ? undefined : text(logging),
      export: exportable === undefined ? undefined : text(exportable),
    }),
  );
}

/**
 * The certificate the session holds, or one that existed before it, adopted. An adopted certificate
 * cannot be written from a tag or option change alone, because a valid block needs `domain_name` or
 * `private_key` (ExactlyOneOf in the provider schema) and neither is in these events: the type is
 * adopted import-only (the default), so it gets an import block and Terraform generates the rest.
 */
function sessionCertificate(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  return ctx.change(CERT, reqString(event.request, 'certificateArn'), {});
}

/** Tag entries as `[{key, value}]`; RemoveTagsFromCertificate names the tags to remove the same way. */
const TAGGING_CALLS: TagFamily = { tag: 'AddTagsToCertificate', untag: 'RemoveTagsFromCertificate', resource: ['certificateArn'], tags: ['tags'], keys: 'tags' };

export const acm: ServiceMapper = {
  service: 'acm',
  eventSource: 'acm.amazonaws.com',
  resources: [
    {
      type: CERT,
      identity: {
        arn: 'arn:{partition}:acm:{region}:{account}:certificate/{uuid}',
        keyedByArn: true,
        nameHint: (arn) => `certificate ${(arn.split('/').pop() ?? arn).slice(0, 8)}`,
        exports: ['arn', 'id'],
      },
      required: [],
      events: ['RequestCertificate', 'ImportCertificate', 'AddTagsToCertificate', 'RemoveTagsFromCertificate', 'UpdateCertificateOptions', 'ResendValidationEmail', 'RenewCertificate', 'ExportCertificate', 'DeleteCertificate'],
    },
  ],
  events: mergeHandlers(taggingHandlers(() => acm.resources, TAGGING_CALLS), {
    RequestCertificate(event, ctx) {
      const arn = reqString(event.response, 'certificateArn');
      const domain = reqString(event.request, 'domainName');
      const sans = stringList(event.request, 'subjectAlternativeNames');
      const method = optString(event.request, 'validationMethod');
      const caArn = optString(event.request, 'certificateAuthorityArn');
      const keyAlgorithm = optString(event.request, 'keyAlgorithm');
      ctx.create(CERT, arn, {
        nameHint: domain,
        fields: fields({
          domain_name: text(domain),
          // ACM lists the domain name among the SANs and the provider reads that list back as is.
          subject_alternative_names: sans.length > 0 ? strings([...new Set([domain, ...sans])]) : undefined,
          validation_method: method === undefined ? undefined : text(method),
          certificate_authority_arn: caArn === undefined ? undefined : text(caArn),
          key_algorithm: keyAlgorithm === undefined ? undefined : text(keyAlgorithm),
          options: certificateOptions(at(event.request, 'options')),
          tags: tagsField(readTags(at(event.request, 'tags'))),
        }),
      });
      // validation_option (email validation domains) is left out on purpose: it is ForceNew and the
      // provider does not read it back, so setting it would plan a replacement after import.
    },
    ImportCertificate(event, ctx) {
      const reimported = optString(event.request, 'certificateArn');
      const arn = reimported ?? reqString(event.response, 'certificateArn');
      const hasChain = at(event.request, 'certificateChain') !== undefined && at(event.request, 'certificateChain') !== null;
      const pem = fields({
        certificate_body: sensitive(`PEM certificate body of ${arn} (CloudTrail does not log it)`),
        private_key: sensitive(`PEM private key of ${arn} (CloudTrail does not log it)`),
        certificate_chain: hasChain ? sensitive(`PEM certificate chain of ${arn} (CloudTrail does not log it)`) : undefined,
      });
      const cert = reimported
        ? ctx.change(CERT, arn, { nameHint: importedName(arn) })
        : ctx.create(CERT, arn, { nameHint: importedName(arn), fields: {} });
      const tags = currentTags(cert);
      cert.fields = { ...pem };
      applyTags(cert, { ...tags, ...readTags(at(event.request, 'tags')) });
      for (const attr of Object.keys(pem)) cert.ignoreChanges(attr, PEM_REASONS[attr] ?? attr);
    },
    UpdateCertificateOptions(event, ctx) {
      const options = certificateOptions(at(event.request, 'options'));
      const cert = sessionCertificate(event, ctx);
      if (cert && options) cert.fields.options = options;
    },
    ResendValidationEmail(_event, ctx) {
      ctx.ignore('re-sends the validation e-mail: nothing in the configuration changes');
    },
    RenewCertificate(_event, ctx) {
      ctx.ignore('renews a private certificate: nothing in the configuration changes');
    },
    ExportCertificate(_event, ctx) {
      ctx.ignore('exports a private certificate and its key: nothing in the configuration changes (the key is never written out)');
    },
    DeleteCertificate(event, ctx) {
      ctx.remove(CERT, reqString(event.request, 'certificateArn'));
    },
  }),
};

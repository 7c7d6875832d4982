// AWS Private CA: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Each is imported by an ARN: the CA's, the certificate's, or (for a
// policy) the CA's it is attached to. https://docs.aws.amazon.com/privateca/latest/userguide/PcaCtIntro.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_acmpca_certificate_authority',
    create: 'CreateCertificateAuthority',
    id: ['response.certificateAuthorityArn'],
    name: ['request.certificateAuthorityConfiguration.subject.commonName'],
    delete: 'DeleteCertificateAuthority',
    deleteId: ['request.certificateAuthorityArn'],
    update: ['UpdateCertificateAuthority', 'TagCertificateAuthority', 'UntagCertificateAuthority'],
  },
  { type: 'aws_acmpca_certificate', create: 'IssueCertificate', id: ['response.certificateArn'] },
  { type: 'aws_acmpca_policy', create: 'PutPolicy', id: ['request.resourceArn'], delete: 'DeletePolicy' },
]);

export const acmpca: ServiceMapper = { service: 'acmpca', eventSource: 'acm-pca.amazonaws.com', ...TYPES };

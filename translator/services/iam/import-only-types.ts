// IAM types Trailform maps by their import block only (Terraform writes their configuration with
// `terraform plan -generate-config-out`): virtual MFA devices, SAML providers, server and signing
// certificates, service-linked roles and service-specific credentials. Field names as in
// https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html (Query members, first letter lowered).

import { importOnlyTypes } from '../import-only';
import { optString } from '../read';

export const iamImportOnly = importOnlyTypes([
  // Imported by the device ARN, which IAM calls its serial number.
  {
    type: 'aws_iam_virtual_mfa_device',
    global: true,
    create: 'CreateVirtualMFADevice',
    id: ['response.virtualMFADevice.serialNumber'],
    delete: 'DeleteVirtualMFADevice',
    deleteId: ['request.serialNumber'],
  },
  {
    type: 'aws_iam_saml_provider',
    global: true,
    create: 'CreateSAMLProvider',
    id: ['response.sAMLProviderArn'],
    delete: 'DeleteSAMLProvider',
    deleteId: ['request.sAMLProviderArn'],
  },
  {
    type: 'aws_iam_server_certificate',
    global: true,
    create: 'UploadServerCertificate',
    id: ['request.serverCertificateName'],
    delete: 'DeleteServerCertificate',
  },
  // Imported by ARN; the delete call names the role only, so only the create is mapped.
  { type: 'aws_iam_service_linked_role', global: true, create: 'CreateServiceLinkedRole', id: ['response.role.arn'] },
  // Import ID `SERVICE-NAME:USER-NAME:CREDENTIAL-ID`.
  {
    type: 'aws_iam_service_specific_credential',
    global: true,
    create: 'CreateServiceSpecificCredential',
    id: ['response.serviceSpecificCredential.serviceSpecificCredentialId'],
    importId: (id, e) => `${optString(e.response, 'serviceSpecificCredential.serviceName') ?? ''}:${optString(e.response, 'serviceSpecificCredential.userName') ?? ''}:${id}`,
    delete: 'DeleteServiceSpecificCredential',
    deleteId: ['request.serviceSpecificCredentialId'],
  },
  // Import ID `CERTIFICATE-ID:USER-NAME`.
  {
    type: 'aws_iam_signing_certificate',
    global: true,
    create: 'UploadSigningCertificate',
    id: ['response.certificate.certificateId'],
    importId: (id, e) => `${id}:${optString(e.response, 'certificate.userName') ?? ''}`,
    delete: 'DeleteSigningCertificate',
    deleteId: ['request.certificateId'],
  },
]);

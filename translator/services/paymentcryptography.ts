// AWS Payment Cryptography (control plane): types Trailform maps by their import block only; Terraform
// writes their configuration (`terraform plan -generate-config-out`). JSON protocol; members read in
// either case: https://docs.aws.amazon.com/payment-cryptography/latest/userguide/cloudtrail-logging.html
// Keys are imported by ARN (DeleteKey's `keyIdentifier` is the ARN or the alias), aliases by name.

import { eitherCase } from './member-case';
import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_paymentcryptography_key', create: 'CreateKey', id: eitherCase('response.key.keyArn'), delete: 'DeleteKey', deleteId: eitherCase('request.keyIdentifier') },
  { type: 'aws_paymentcryptography_key_alias', create: 'CreateAlias', id: eitherCase('request.aliasName'), delete: 'DeleteAlias', update: ['UpdateAlias'] },
]);

export const paymentcryptography: ServiceMapper = { service: 'paymentcryptography', eventSource: 'payment-cryptography.amazonaws.com', ...TYPES };

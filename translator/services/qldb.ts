// Amazon QLDB: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). REST API with capitalised wire names, read in either case:
// https://docs.aws.amazon.com/qldb/latest/developerguide/logging-using-cloudtrail.html
// A ledger is imported by name.

import { eitherCase } from './member-case';
import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  { type: 'aws_qldb_ledger', create: 'CreateLedger', id: eitherCase('request.name', 'response.name'), delete: 'DeleteLedger', update: ['UpdateLedger', 'UpdateLedgerPermissionsMode'] },
]);

export const qldb: ServiceMapper = { service: 'qldb', eventSource: 'qldb.amazonaws.com', ...TYPES };

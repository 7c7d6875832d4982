// AWS Resource Explorer: types Trailform maps by their import block only; Terraform writes their
// configuration (`terraform plan -generate-config-out`). REST API with capitalised wire names (`Arn`,
// `ViewArn`), read in either case: https://docs.aws.amazon.com/resource-explorer/latest/userguide/logging-using-cloudtrail.html
// Indexes and views are imported by ARN (provider docs, aws_resourceexplorer2_index / _view, Import).

import { eitherCase } from './member-case';
import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';

const TYPES = importOnlyTypes([
  {
    type: 'aws_resourceexplorer2_index',
    create: 'CreateIndex',
    id: eitherCase('response.arn'),
    delete: 'DeleteIndex',
    deleteId: eitherCase('request.arn'),
    update: ['UpdateIndexType'],
    updateId: eitherCase('request.arn'),
  },
  {
    type: 'aws_resourceexplorer2_view',
    create: 'CreateView',
    id: eitherCase('response.view.viewArn'),
    delete: 'DeleteView',
    deleteId: eitherCase('request.viewArn'),
    update: ['UpdateView'],
    updateId: eitherCase('request.viewArn'),
    // `…:view/exampleview/e0914f6c-…` → `exampleview`.
    nameHint: (arn) => arn.split('/')[1] ?? arn,
  },
]);

export const resourceexplorer2: ServiceMapper = { service: 'resourceexplorer2', eventSource: 'resource-explorer-2.amazonaws.com', ...TYPES };

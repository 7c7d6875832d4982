// AWS Budgets: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/cost-management/latest/userguide/logging-using-cloudtrail.html

import { importOnlyTypes } from './import-only';
import type { ServiceMapper } from './mapper';
import { optString } from './read';

const TYPES = importOnlyTypes([
  // Import ID `ACCOUNT-ID:BUDGET-NAME`.
  {
    type: 'aws_budgets_budget',
    create: 'CreateBudget',
    id: (e) => { const a = optString(e.request, 'accountId') ?? e.accountId; const n = optString(e.request, 'budget.budgetName'); return n ? `${a}:${n}` : undefined; },
    delete: 'DeleteBudget',
    deleteId: (e) => { const a = optString(e.request, 'accountId') ?? e.accountId; const n = optString(e.request, 'budgetName'); return n ? `${a}:${n}` : undefined; },
  },
]);

export const budgets: ServiceMapper = { service: 'budgets', eventSource: 'budgets.amazonaws.com', ...TYPES };

// AWS Budgets. CloudTrail shape (JSON protocol): the API members with a lower-case first letter; CreateBudget
// carries `accountId`, `budget` (`budgetName`, `budgetLimit {amount, unit}`, `timeUnit`, `budgetType`,
// `costFilters`, `costTypes`, `timePeriod`) and `notificationsWithSubscribers`; UpdateBudget carries the
// whole `newBudget`. Subscriber addresses are a sensitive member of the API model, so a record may hide
// them.
// https://docs.aws.amazon.com/cost-management/latest/userguide/logging-using-cloudtrail.html
// https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_CreateBudget.html

import type { JsonValue } from '../../shared/cloudtrail-record';
import { list, str, type Expr } from '../hcl/ast';
import type { Fields, FoldContext, MapperEvent, ResourceDraft, ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optNumber, optString, readTags, reqString, stringList } from './read';
import { blocks, fields, flagAt, number, ownSecret, strings, tagsField, text, textAt } from './values';

const BUDGET = 'aws_budgets_budget';

/** AWS's end for a budget without one, which is also the provider's default (budgets_budget doc). */
const DEFAULT_END = '2087-06-15_00:00';

/** A CloudTrail timestamp (epoch seconds or milliseconds, or a date string) as the provider's `YYYY-MM-DD_hh:mm`. */
function budgetTime(value: JsonValue | undefined, what: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // A date string without a zone (`Nov 1, 2026, 12:00:00 AM`) is UTC, whatever the machine's zone.
  const zoned = (s: string) => (/(Z|UTC|GMT|[+-]\d\d:?\d\d)$/.test(s.trim()) ? s : `${s} UTC`);
  const date =
    typeof value === 'number' ? new Date(value < 1e11 ? value * 1000 : value) : typeof value === 'string' ? new Date(/^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : zoned(value)) : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) throw new MalformedRecordError(`${what} is not a time`);
  return date.toISOString().slice(0, 16).replace('T', '_');
}

const COST_TYPES: Readonly<Record<string, string>> = {
  includeTax: 'include_tax', includeSubscription: 'include_subscription', useBlended: 'use_blended', includeRefund: 'include_refund',
  includeCredit: 'include_credit', includeUpfront: 'include_upfront', includeRecurring: 'include_recurring',
  includeOtherSubscription: 'include_other_subscription', includeSupport: 'include_support', includeDiscount: 'include_discount', useAmortized: 'use_amortized',
};

function budgetFields(budget: JsonValue, accountId: string): Fields {
  const costTypes = at(budget, 'costTypes');
  const filters = at(budget, 'costFilters');
  if (filters !== undefined && filters !== null && !isObject(filters)) throw new MalformedRecordError('costFilters should be a map');
  const start = budgetTime(at(budget, 'timePeriod.start'), 'timePeriod.start');
  const end = budgetTime(at(budget, 'timePeriod.end'), 'timePeriod.end');
  const planned = at(budget, 'plannedBudgetLimits');
  const auto = at(budget, 'autoAdjustData');
  return fields({
    name: text(reqString(budget, 'budgetName')),
    account_id: text(accountId),
    budget_type: text(reqString(budget, 'budgetType')),
    time_unit: text(reqString(budget, 'timeUnit')),
    limit_amount: textAt(budget, 'budgetLimit.amount'),
    limit_unit: textAt(budget, 'budgetLimit.unit'),
    time_period_start: start === undefined ? undefined : text(start),
    time_period_end: end === undefined || end === DEFAULT_END ? undefined : text(end),
    billing_view_arn: textAt(budget, 'billingViewArn'),
    cost_filter: isObject(filters) && Object.keys(filters).length > 0
      ? blocks(...Object.entries(filters).map(([name, values]) => ({ name: text(name), values: strings(stringList({ v: values }, 'v')) })))
      : undefined,
    cost_types: isObject(costTypes)
      ? blocks(fields(Object.fromEntries(Object.entries(COST_TYPES).map(([member, argument]) => [argument, flagAt(costTypes, member)]))))
      : undefined,
    planned_limit: isObject(planned) && Object.keys(planned).length > 0
      ? blocks(...Object.entries(planned).map(([start, spend]) => ({ start_time: text(budgetTime(start, 'plannedBudgetLimits key') ?? start), amount: text(reqString(spend, 'amount')), unit: text(reqString(spend, 'unit')) })))
      : undefined,
    auto_adjust_data: isObject(auto) ? blocks({ auto_adjust_type: text(reqString(auto, 'autoAdjustType')) }) : undefined,
  });
}

/** Subscriber addresses by kind; an address CloudTrail hid becomes a variable of the budget. */
function subscriberList(subscribers: readonly JsonValue[], kind: 'EMAIL' | 'SNS', index: number): Expr | undefined {
  const addresses = subscribers
    .filter((s) => optString(s, 'subscriptionType') === kind)
    .map((s, i) => {
      const address = reqString(s, 'address');
      return /^HIDDEN_/.test(address) ? ownSecret(`notification_${index}_${kind.toLowerCase()}_${i}`) : str(address);
    });
  return addresses.length > 0 ? list(addresses) : undefined;
}

function notificationBlock(notification: JsonValue, subscribers: readonly JsonValue[], index: number): Fields {
  const threshold = optNumber(notification, 'threshold');
  if (threshold === undefined) throw new MalformedRecordError('missing notification.threshold');
  return fields({
    notification_type: text(reqString(notification, 'notificationType')),
    comparison_operator: text(reqString(notification, 'comparisonOperator')),
    threshold: number(threshold),
    // PERCENTAGE is the API's default threshold type (Notification API reference).
    threshold_type: text(optString(notification, 'thresholdType') ?? 'PERCENTAGE'),
    subscriber_email_addresses: subscriberList(subscribers, 'EMAIL', index),
    subscriber_sns_topic_arns: subscriberList(subscribers, 'SNS', index),
  });
}

const budgetKey = (accountId: string, name: string) => `${accountId}:${name}`;
const accountOf = (event: MapperEvent) => optString(event.request, 'accountId') ?? event.accountId;

function changeBudget(event: MapperEvent, ctx: FoldContext, name: string): ResourceDraft {
  const id = budgetKey(accountOf(event), name);
  return ctx.change(BUDGET, id, { nameHint: name, exports: { id } });
}

/** The budget's notification blocks, one replaced or removed by a notification call. */
function withNotification(draft: ResourceDraft, notification: JsonValue, replacement: Fields | undefined): void {
  const same = (b: Fields) => ['notification_type', 'comparison_operator', 'threshold', 'threshold_type'].every((k) => JSON.stringify(b[k]) === JSON.stringify(notificationBlock(notification, [], 0)[k]));
  const current = draft.fields.notification?.kind === 'blocks' ? draft.fields.notification.items.filter((b) => !same(b)) : [];
  const next = replacement ? [...current, replacement] : current;
  if (next.length > 0) draft.fields.notification = blocks(...next);
  else delete draft.fields.notification;
}

export const budgets: ServiceMapper = {
  service: 'budgets',
  eventSource: 'budgets.amazonaws.com',
  resources: [
    {
      type: BUDGET,
      required: ['budget_type', 'time_unit'],
      references: { 'notification.subscriber_sns_topic_arns': ['aws_sns_topic'] },
      events: ['CreateBudget', 'UpdateBudget', 'DeleteBudget', 'CreateNotification', 'DeleteNotification'],
    },
  ],
  events: {
    CreateBudget(event, ctx) {
      const budget = at(event.request, 'budget') ?? null;
      const name = reqString(budget, 'budgetName');
      const accountId = accountOf(event);
      const id = budgetKey(accountId, name);
      const notifications = listAt(event.request, 'notificationsWithSubscribers');
      ctx.create(BUDGET, id, {
        nameHint: name,
        fields: {
          ...budgetFields(budget, accountId),
          ...fields({
            notification:
              notifications.length > 0
                ? blocks(...notifications.map((n, i) => notificationBlock(at(n, 'notification') ?? null, listAt(n, 'subscribers'), i)))
                : undefined,
            tags: tagsField(readTags(at(event.request, 'resourceTags'))),
          }),
        },
        exports: { id },
      });
    },
    UpdateBudget(event, ctx) {
      const budget = at(event.request, 'newBudget') ?? null;
      const draft = changeBudget(event, ctx, reqString(budget, 'budgetName'));
      // The new budget replaces the old one whole; notifications and tags have their own calls.
      const { notification, tags } = draft.fields;
      draft.fields = { ...budgetFields(budget, accountOf(event)), ...(notification ? { notification } : {}), ...(tags ? { tags } : {}) };
    },
    DeleteBudget(event, ctx) {
      ctx.remove(BUDGET, budgetKey(accountOf(event), reqString(event.request, 'budgetName')));
    },
    CreateNotification(event, ctx) {
      const draft = changeBudget(event, ctx, reqString(event.request, 'budgetName'));
      const notification = at(event.request, 'notification') ?? null;
      const count = draft.fields.notification?.kind === 'blocks' ? draft.fields.notification.items.length : 0;
      withNotification(draft, notification, notificationBlock(notification, listAt(event.request, 'subscribers'), count));
    },
    DeleteNotification(event, ctx) {
      const draft = changeBudget(event, ctx, reqString(event.request, 'budgetName'));
      withNotification(draft, at(event.request, 'notification') ?? null, undefined);
      if (!draft.created) draft.sessionChange(`deleted its ${reqString(event.request, 'notification.notificationType')} notification at ${optString(event.request, 'notification.threshold') ?? '?'}`);
    },
  },
};

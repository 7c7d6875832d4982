// CloudTrail records for the service tests: one console user in us-gov-west-1, event IDs and times in order.

let n = 0;

export function record(eventSource: string, eventName: string, requestParameters: object, responseElements: object | null = null) {
  n += 1;
  return {
    eventVersion: '1.08',
    eventID: `e${n}`,
    eventTime: `2026-11-30T09:00:${String(n % 60).padStart(2, '0')}Z`,
    eventSource,
    eventName,
    awsRegion: 'us-gov-west-1',
    recipientAccountId: '123456789012',
    userIdentity: { type: 'IAMUser', userName: 'alice', accountId: '123456789012' },
    requestParameters,
    responseElements,
  };
}

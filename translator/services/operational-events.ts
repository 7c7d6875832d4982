// Calls that change no infrastructure Terraform manages: running commands, sessions, queries,
// credentials and support cases. They are reported `ignored` with the reason, not `unsupported`, so
// "unsupported" keeps meaning "a change to infrastructure Trailform does not map yet".

const RUNTIME = 'a runtime operation, not infrastructure Terraform manages';

const TABLE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'ssm.amazonaws.com': {
    SendCommand: RUNTIME,
    CancelCommand: RUNTIME,
    StartSession: RUNTIME,
    ResumeSession: RUNTIME,
    TerminateSession: RUNTIME,
    StartAutomationExecution: RUNTIME,
    UpdateInstanceInformation: 'reported by the SSM agent, not a user change',
    UpdateInstanceAssociationStatus: 'reported by the SSM agent, not a user change',
    PutInventory: 'reported by the SSM agent, not a user change',
    PutComplianceItems: 'reported by the SSM agent, not a user change',
  },
  'ec2-instance-connect.amazonaws.com': {
    SendSSHPublicKey: 'a temporary SSH key push (60 seconds), not infrastructure',
    SendSerialConsoleSSHPublicKey: 'a temporary SSH key push (60 seconds), not infrastructure',
  },
  'ec2.amazonaws.com': {
    StartInstances: 'changes the instance state, which Terraform does not manage by default',
    StopInstances: 'changes the instance state, which Terraform does not manage by default',
    RebootInstances: RUNTIME,
    GetPasswordData: 'reads the Windows password',
    CreateSnapshot: 'a point-in-time backup, usually not managed as code',
    DeleteSnapshot: 'a point-in-time backup, usually not managed as code',
  },
  'rds.amazonaws.com': {
    RebootDBInstance: RUNTIME,
    StartDBInstance: 'changes the instance state, which Terraform does not manage',
    StopDBInstance: 'changes the instance state, which Terraform does not manage',
    FailoverDBCluster: RUNTIME,
    CreateDBSnapshot: 'a point-in-time backup, usually not managed as code',
    DeleteDBSnapshot: 'a point-in-time backup, usually not managed as code',
    StartExportTask: RUNTIME,
  },
  'rdsdata.amazonaws.com': { ExecuteStatement: 'a SQL statement, not infrastructure' },
  'athena.amazonaws.com': {
    StartQueryExecution: 'a query, not infrastructure',
    StopQueryExecution: 'a query, not infrastructure',
    StartSession: RUNTIME,
    TerminateSession: RUNTIME,
    StartCalculationExecution: RUNTIME,
  },
  'logs.amazonaws.com': { CreateExportTask: RUNTIME, StartQuery: 'a query, not infrastructure', StopQuery: 'a query, not infrastructure' },
  'sts.amazonaws.com': { GetFederationToken: 'issues temporary credentials', GetSessionToken: 'issues temporary credentials' },
  'signin.amazonaws.com': { ConsoleLogin: 'a console sign-in' },
  'sso.amazonaws.com': { CreateToken: 'issues temporary credentials' },
  'iam.amazonaws.com': { ChangePassword: 'a user changing their own password', EnableMFADevice: 'MFA device setup for a person', DeactivateMFADevice: 'MFA device setup for a person' },
  'support.amazonaws.com': { CreateCase: 'a support case', RefreshTrustedAdvisorCheck: RUNTIME },
  'trustedadvisor.amazonaws.com': { RefreshCheck: RUNTIME, GenerateReport: RUNTIME, UpdateNotificationPreferences: 'a notification preference' },
  'metering-marketplace.amazonaws.com': { BatchMeterUsage: 'usage metering' },
  'rekognition.amazonaws.com': { StartLabelDetection: 'an analysis job, not infrastructure' },
  'comprehend.amazonaws.com': { StartKeyPhrasesDetectionJob: 'an analysis job, not infrastructure' },
  'mediaconvert.amazonaws.com': { CreateJob: 'a transcoding job, not infrastructure' },
  'cloudtrail.amazonaws.com': { LookupEvents: 'reads CloudTrail events' },
  'kinesis.amazonaws.com': { SplitShard: 'resharding, which Terraform tracks as shard_count', MergeShards: 'resharding, which Terraform tracks as shard_count' },
};

/** The reason an event is operational, or undefined when it may change infrastructure. */
export function operationalReason(eventSource: string, eventName: string): string | undefined {
  const events = Object.hasOwn(TABLE, eventSource) ? TABLE[eventSource] : undefined;
  return events && Object.hasOwn(events, eventName) ? events[eventName] : undefined;
}

// Calls that change no infrastructure Terraform manages: running commands, sessions, queries,
// credentials and support cases. They are reported `ignored` with the reason, not `unsupported`, so
// "unsupported" keeps meaning "a change to infrastructure Trailform does not map yet".

const RUNTIME = 'a runtime operation, not infrastructure Terraform manages';
const JOB = 'an analysis job or request, not infrastructure';
const BACKUP = 'a point-in-time backup, usually not managed as code';
const SHARE_BACKUP = 'shares a point-in-time backup, which is not managed as code (see CreateSnapshot)';
const IMAGE = 'a machine or container image: a build artifact (made by an image pipeline or CI), not infrastructure managed as code';
const SUPPORT_PLAN = "the account's support plan, a billing choice the AWS provider does not manage";

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
    CreateSnapshot: BACKUP,
    DeleteSnapshot: BACKUP,
    ModifySnapshotAttribute: SHARE_BACKUP,
    CreateImage: IMAGE,
    RegisterImage: IMAGE,
    DeregisterImage: IMAGE,
    ModifyImageAttribute: IMAGE,
  },
  'ebs.amazonaws.com': { StartSnapshot: BACKUP, CompleteSnapshot: BACKUP },
  'ecr.amazonaws.com': { PutImage: IMAGE, BatchDeleteImage: IMAGE },
  'ecr-public.amazonaws.com': { PutImage: IMAGE, BatchDeleteImage: IMAGE },
  'rds.amazonaws.com': {
    RebootDBInstance: RUNTIME,
    StartDBInstance: 'changes the instance state, which Terraform does not manage',
    StopDBInstance: 'changes the instance state, which Terraform does not manage',
    FailoverDBCluster: RUNTIME,
    CreateDBSnapshot: BACKUP,
    DeleteDBSnapshot: BACKUP,
    ModifyDBSnapshotAttribute: SHARE_BACKUP,
    StartExportTask: RUNTIME,
  },
  'dms.amazonaws.com': { RebootReplicationInstance: RUNTIME },
  'rdsdata.amazonaws.com': { ExecuteStatement: 'a SQL statement, not infrastructure' },
  'redshift-data.amazonaws.com': { ExecuteStatement: 'a SQL statement, not infrastructure', BatchExecuteStatement: 'a SQL statement, not infrastructure' },
  'sqlworkbench.amazonaws.com': { CreateConnection: "a query editor connection saved for a user, which the AWS provider does not manage" },
  'ssm-guiconnect.amazonaws.com': { StartConnection: 'a remote desktop session (Fleet Manager), not infrastructure' },
  'athena.amazonaws.com': {
    StartQueryExecution: 'a query, not infrastructure',
    StopQueryExecution: 'a query, not infrastructure',
    StartSession: RUNTIME,
    TerminateSession: RUNTIME,
    StartCalculationExecution: RUNTIME,
    ImportNotebook: 'notebook content, which the AWS provider does not manage',
    UpdateNotebook: 'notebook content, which the AWS provider does not manage',
  },
  'logs.amazonaws.com': { CreateExportTask: RUNTIME, StartQuery: 'a query, not infrastructure', StopQuery: 'a query, not infrastructure' },
  'sts.amazonaws.com': { GetFederationToken: 'issues temporary credentials', GetSessionToken: 'issues temporary credentials' },
  'signin.amazonaws.com': { ConsoleLogin: 'a console sign-in' },
  'sso.amazonaws.com': { CreateToken: 'issues temporary credentials' },
  'iam.amazonaws.com': { ChangePassword: 'a user changing their own password', EnableMFADevice: 'MFA device setup for a person', DeactivateMFADevice: 'MFA device setup for a person' },
  'support-subscription.amazonaws.com': { UpdateSupportLevel: SUPPORT_PLAN, UpdateProbationAutoCancellation: SUPPORT_PLAN },
  'supportplans.amazonaws.com': { StartSupportPlanUpdate: SUPPORT_PLAN },
  'support.amazonaws.com': { CreateCase: 'a support case', RefreshTrustedAdvisorCheck: RUNTIME },
  'trustedadvisor.amazonaws.com': { RefreshCheck: RUNTIME, GenerateReport: RUNTIME, UpdateNotificationPreferences: 'a notification preference' },
  'metering-marketplace.amazonaws.com': { BatchMeterUsage: 'usage metering' },
  'rekognition.amazonaws.com': { StartLabelDetection: 'an analysis job, not infrastructure' },
  'textract.amazonaws.com': { StartDocumentAnalysis: JOB, StartDocumentTextDetection: JOB, AnalyzeDocument: JOB },
  'transcribe.amazonaws.com': { StartTranscriptionJob: JOB, StartMedicalTranscriptionJob: JOB },
  'translate.amazonaws.com': { TranslateText: JOB, StartTextTranslationJob: JOB },
  'polly.amazonaws.com': { SynthesizeSpeech: JOB, StartSpeechSynthesisTask: JOB },
  'chime-sdk-media-pipelines.amazonaws.com': { CreateMediaCapturePipeline: 'records one meeting: a runtime capture, not infrastructure' },
  'greengrass.amazonaws.com': { CreateDeployment: 'a deployment run to devices, not infrastructure' },
  'kafka-cluster.amazonaws.com': { CreateTopic: "a Kafka data-plane call (topics live inside the cluster; the AWS provider has no topic resource)" },
  'amplifybackend.amazonaws.com': { ListBackendJobs: 'reads the backend job list' },
  'comprehend.amazonaws.com': { StartKeyPhrasesDetectionJob: 'an analysis job, not infrastructure' },
  'mediaconvert.amazonaws.com': { CreateJob: 'a transcoding job, not infrastructure' },
  'cloudtrail.amazonaws.com': { LookupEvents: 'reads CloudTrail events' },
  'kms.amazonaws.com': {
    ConnectCustomKeyStore: 'connects the key store to its HSM cluster: a connection state, not an argument of aws_kms_custom_key_store',
    DisconnectCustomKeyStore: 'disconnects the key store from its HSM cluster: a connection state, not an argument of aws_kms_custom_key_store',
    SynchronizeMultiRegionKey: 'copies the primary key\'s properties to its replicas: a runtime synchronisation',
  },
  'kinesis.amazonaws.com': { SplitShard: 'resharding, which Terraform tracks as shard_count', MergeShards: 'resharding, which Terraform tracks as shard_count' },
};

/** The reason an event is operational, or undefined when it may change infrastructure. */
export function operationalReason(eventSource: string, eventName: string): string | undefined {
  const events = Object.hasOwn(TABLE, eventSource) ? TABLE[eventSource] : undefined;
  return events && Object.hasOwn(events, eventName) ? events[eventName] : undefined;
}

// Changes to infrastructure that no resource type of the AWS provider manages (hashicorp/aws 6.25.0 has
// none for these services or objects): still `unsupported`, but with that reason instead of "no mapping",
// so the report says why no manifest will hold them. A mapper's own handler takes precedence.
const noResourceType = (what: string) => `not importable: the AWS provider (hashicorp/aws 6.25.0) has no resource type for ${what}`;

const NOT_IMPORTABLE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'pinpoint.amazonaws.com': { CreateCampaign: noResourceType('Pinpoint campaigns'), CreateJourney: noResourceType('Pinpoint journeys') },
  'sms-voice.amazonaws.com': { CreateConfigurationSetEventDestination: noResourceType('SMS and voice configuration set event destinations') },
  'mediatailor.amazonaws.com': { PutPlaybackConfiguration: noResourceType('AWS Elemental MediaTailor') },
  'omics.amazonaws.com': { CreateWorkflow: noResourceType('AWS HealthOmics workflows') },
  'healthlake.amazonaws.com': { CreateFHIRDatastore: noResourceType('AWS HealthLake data stores') },
  'opsworks-cm.amazonaws.com': { CreateServer: noResourceType('OpsWorks for Chef Automate and Puppet Enterprise servers') },
  'serverlessrepo.amazonaws.com': { CreateApplication: noResourceType('publishing a Serverless Application Repository application (only deploying one)') },
  'sms.amazonaws.com': { CreateReplicationJob: noResourceType('Server Migration Service replication jobs (the service is discontinued)') },
  'voiceid.amazonaws.com': { CreateDomain: noResourceType('Amazon Connect Voice ID domains') },
  'iotfleethub.amazonaws.com': { CreateApplication: noResourceType('AWS IoT Fleet Hub applications') },
  'iotsitewise.amazonaws.com': { CreateAsset: noResourceType('AWS IoT SiteWise assets') },
  'lookoutvision.amazonaws.com': { CreateDataset: noResourceType('Amazon Lookout for Vision datasets') },
  'forecast.amazonaws.com': { CreateDataset: noResourceType('Amazon Forecast datasets') },
  'greengrass.amazonaws.com': { CreateFunctionDefinition: noResourceType('AWS IoT Greengrass V1 function definitions') },
  'supportapp.amazonaws.com': { CreateSlackChannelConfiguration: noResourceType('AWS Support App Slack channel configurations') },
};

// Resource types the provider has but cannot import (their doc pages have no Import section): Terraform
// can create them, never adopt an existing one.
const noImport = (type: string) => `not importable: ${type} has no import in the AWS provider (hashicorp/aws 6.25.0), so an existing one cannot be adopted`;

const NO_IMPORT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'cloud9.amazonaws.com': {
    CreateEnvironmentEC2: noImport('aws_cloud9_environment_ec2'),
    TagResource: noImport('aws_cloud9_environment_ec2 (whose tags these are)'),
    UntagResource: noImport('aws_cloud9_environment_ec2 (whose tags these are)'),
  },
  'codeguru-reviewer.amazonaws.com': { AssociateRepository: noImport('aws_codegurureviewer_repository_association') },
  'inspector.amazonaws.com': { CreateResourceGroup: noImport('aws_inspector_resource_group') },
  'elasticloadbalancing.amazonaws.com': {
    RegisterInstancesWithLoadBalancer: noImport('aws_elb_attachment (a Classic Load Balancer\'s instance)'),
    DeregisterInstancesFromLoadBalancer: noImport('aws_elb_attachment (a Classic Load Balancer\'s instance)'),
  },
};

/** Why an infrastructure change cannot be imported, or undefined when it may be. */
export function notImportableReason(eventSource: string, eventName: string): string | undefined {
  for (const table of [NOT_IMPORTABLE, NO_IMPORT]) {
    const events = Object.hasOwn(table, eventSource) ? table[eventSource] : undefined;
    if (events && Object.hasOwn(events, eventName)) return events[eventName];
  }
  return undefined;
}

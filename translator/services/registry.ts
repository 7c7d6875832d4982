// Every service mapper, registered with one line each (alphabetical by file).

import type { ResourceTypeSpec, ServiceMapper } from './mapper';
import { accessanalyzer } from './accessanalyzer';
import { acm } from './acm';
import { acmpca } from './acmpca';
import { amplify } from './amplify';
import { apigateway } from './apigateway';
import { appconfig } from './appconfig';
import { appflow } from './appflow';
import { appmesh } from './appmesh';
import { appregistry } from './appregistry';
import { apprunner } from './apprunner';
import { appstream } from './appstream';
import { appsync } from './appsync';
import { athena } from './athena';
import { autoscaling } from './autoscaling';
import { backup } from './backup';
import { batch } from './batch';
import { bedrock } from './bedrock';
import { budgets } from './budgets';
import { cleanrooms } from './cleanrooms';
import { cloud9 } from './cloud9';
import { cloudformation } from './cloudformation';
import { cloudfront } from './cloudfront';
import { cloudhsm } from './cloudhsm';
import { cloudsearch } from './cloudsearch';
import { cloudtrail } from './cloudtrail';
import { cloudwatch } from './cloudwatch';
import { codeartifact } from './codeartifact';
import { codebuild } from './codebuild';
import { codecommit } from './codecommit';
import { codedeploy } from './codedeploy';
import { codepipeline } from './codepipeline';
import { codestarConnections } from './codestarconnections';
import { codestarNotifications } from './codestarnotifications';
import { cognitoIdentity } from './cognitoidentity';
import { cognitoIdp } from './cognitoidp';
import { comprehend } from './comprehend';
import { config } from './config';
import { connect } from './connect';
import { datapipeline } from './datapipeline';
import { datasync } from './datasync';
import { dax } from './dax';
import { detective } from './detective';
import { devopsguru } from './devopsguru';
import { devicefarm } from './devicefarm';
import { directconnect } from './directconnect';
import { dlm } from './dlm';
import { dms } from './dms';
import { docdbElastic } from './docdbelastic';
import { ds } from './ds';
import { dynamodb } from './dynamodb';
import { ec2 } from './ec2';
import { ecr } from './ecr';
import { ecrpublic } from './ecrpublic';
import { ecs } from './ecs';
import { efs } from './efs';
import { eks } from './eks';
import { elasticache } from './elasticache';
import { elasticbeanstalk } from './elasticbeanstalk';
import { elbv2 } from './elbv2';
import { emr } from './emr';
import { emrContainers } from './emrcontainers';
import { emrServerless } from './emrserverless';
import { events } from './events';
import { firehose } from './firehose';
import { fis } from './fis';
import { fms } from './fms';
import { fsx } from './fsx';
import { gamelift } from './gamelift';
import { glacier } from './glacier';
import { globalaccelerator } from './globalaccelerator';
import { glue } from './glue';
import { grafana } from './grafana';
import { guardduty } from './guardduty';
import { iam } from './iam';
import { identitystore } from './identitystore';
import { imagebuilder } from './imagebuilder';
import { inspector2 } from './inspector2';
import { internetmonitor } from './internetmonitor';
import { iot } from './iot';
import { ivs } from './ivs';
import { kendra } from './kendra';
import { keyspaces } from './keyspaces';
import { kinesis } from './kinesis';
import { kinesisAnalytics } from './kinesisanalytics';
import { kinesisvideo } from './kinesisvideo';
import { kms } from './kms';
import { lakeFormation } from './lakeformation';
import { lambda } from './lambda';
import { licensemanager } from './licensemanager';
import { lex } from './lex';
import { lightsail } from './lightsail';
import { location } from './location';
import { logs } from './logs';
import { m2 } from './m2';
import { macie2 } from './macie2';
import { mediaconvert } from './mediaconvert';
import { medialive } from './medialive';
import { mediapackage } from './mediapackage';
import { mediapackagev2 } from './mediapackagev2';
import { mediastore } from './mediastore';
import { memorydb } from './memorydb';
import { mq } from './mq';
import { msk } from './msk';
import { mskConnect } from './mskconnect';
import { mwaa } from './mwaa';
import { networkFirewall } from './networkfirewall';
import { networkmanager } from './networkmanager';
import { oam } from './oam';
import { opensearch } from './opensearch';
import { opensearchServerless } from './opensearchserverless';
import { organizations } from './organizations';
import { osis } from './osis';
import { paymentcryptography } from './paymentcryptography';
import { pinpoint } from './pinpoint';
import { pipes } from './pipes';
import { qldb } from './qldb';
import { quicksight } from './quicksight';
import { ram } from './ram';
import { rbin } from './rbin';
import { rds } from './rds';
import { redshift } from './redshift';
import { redshiftServerless } from './redshiftserverless';
import { rekognition } from './rekognition';
import { resiliencehub } from './resiliencehub';
import { resourceexplorer2 } from './resourceexplorer2';
import { resourceGroups } from './resourcegroups';
import { rolesanywhere } from './rolesanywhere';
import { route53 } from './route53';
import { route53domains } from './route53domains';
import { route53resolver } from './route53resolver';
import { rum } from './rum';
import { s3 } from './s3';
import { s3tables } from './s3tables';
import { sagemaker } from './sagemaker';
import { scheduler } from './scheduler';
import { schemas } from './schemas';
import { secretsmanager } from './secretsmanager';
import { securityhub } from './securityhub';
import { securitylake } from './securitylake';
import { servicecatalog } from './servicecatalog';
import { servicediscovery } from './servicediscovery';
import { servicequotas } from './servicequotas';
import { ses } from './ses';
import { shield } from './shield';
import { signer } from './signer';
import { sns } from './sns';
import { sqs } from './sqs';
import { ssm } from './ssm';
import { ssmcontacts } from './ssmcontacts';
import { ssmincidents } from './ssmincidents';
import { ssoAdmin } from './ssoadmin';
import { states } from './states';
import { storagegateway } from './storagegateway';
import { swf } from './swf';
import { synthetics } from './synthetics';
import { timestream } from './timestream';
import { timestreaminfluxdb } from './timestreaminfluxdb';
import { transcribe } from './transcribe';
import { transfer } from './transfer';
import { verifiedpermissions } from './verifiedpermissions';
import { vpcLattice } from './vpclattice';
import { waf } from './waf';
import { wafv2 } from './wafv2';
import { workspaces } from './workspaces';
import { workspacesweb } from './workspacesweb';
import { xray } from './xray';

export const mappers: readonly ServiceMapper[] = [
  accessanalyzer,
  acm,
  acmpca,
  amplify,
  apigateway,
  appconfig,
  appflow,
  appmesh,
  appregistry,
  apprunner,
  appstream,
  appsync,
  athena,
  autoscaling,
  backup,
  batch,
  bedrock,
  budgets,
  cleanrooms,
  cloud9,
  cloudformation,
  cloudfront,
  cloudhsm,
  cloudsearch,
  cloudtrail,
  cloudwatch,
  codeartifact,
  codebuild,
  codecommit,
  codedeploy,
  codepipeline,
  codestarConnections,
  codestarNotifications,
  cognitoIdentity,
  cognitoIdp,
  comprehend,
  config,
  connect,
  datapipeline,
  datasync,
  dax,
  detective,
  devopsguru,
  devicefarm,
  directconnect,
  dlm,
  dms,
  docdbElastic,
  ds,
  dynamodb,
  ec2,
  ecr,
  ecrpublic,
  ecs,
  efs,
  eks,
  elasticache,
  elasticbeanstalk,
  elbv2,
  emr,
  emrContainers,
  emrServerless,
  events,
  firehose,
  fis,
  fms,
  fsx,
  gamelift,
  glacier,
  globalaccelerator,
  glue,
  grafana,
  guardduty,
  iam,
  identitystore,
  imagebuilder,
  inspector2,
  internetmonitor,
  iot,
  ivs,
  kendra,
  keyspaces,
  kinesis,
  kinesisAnalytics,
  kinesisvideo,
  kms,
  lakeFormation,
  lambda,
  licensemanager,
  lex,
  lightsail,
  location,
  logs,
  m2,
  macie2,
  mediaconvert,
  medialive,
  mediapackage,
  mediapackagev2,
  mediastore,
  memorydb,
  mq,
  msk,
  mskConnect,
  mwaa,
  networkFirewall,
  networkmanager,
  oam,
  opensearch,
  opensearchServerless,
  organizations,
  osis,
  paymentcryptography,
  pinpoint,
  pipes,
  qldb,
  quicksight,
  ram,
  rbin,
  rds,
  redshift,
  redshiftServerless,
  rekognition,
  resiliencehub,
  resourceexplorer2,
  resourceGroups,
  rolesanywhere,
  route53,
  route53domains,
  route53resolver,
  rum,
  s3,
  s3tables,
  sagemaker,
  scheduler,
  schemas,
  secretsmanager,
  securityhub,
  securitylake,
  servicecatalog,
  servicediscovery,
  servicequotas,
  ses,
  shield,
  signer,
  sns,
  sqs,
  ssm,
  ssmcontacts,
  ssmincidents,
  ssoAdmin,
  states,
  storagegateway,
  swf,
  synthetics,
  timestream,
  timestreaminfluxdb,
  transcribe,
  transfer,
  verifiedpermissions,
  vpcLattice,
  waf,
  wafv2,
  workspaces,
  workspacesweb,
  xray,
];

/** Every declared resource type's spec, by type. */
export function specsByType(list: readonly ServiceMapper[] = mappers): Map<string, ResourceTypeSpec> {
  return new Map(list.flatMap((m) => m.resources.map((r) => [r.type, r] as const)));
}

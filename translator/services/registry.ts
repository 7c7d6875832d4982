// Every service mapper, registered with one line each.

import type { ServiceMapper } from './mapper';
import { s3 } from './s3';
import { route53 } from './route53';
import { acm } from './acm';
import { cloudfront } from './cloudfront';
import { elbv2 } from './elbv2';
import { dynamodb } from './dynamodb';
import { sqs } from './sqs';
import { sns } from './sns';
import { logs } from './logs';
import { iam } from './iam';
import { lambda } from './lambda';
import { ec2 } from './ec2';
import { kms } from './kms';
import { autoscaling } from './autoscaling';
import { apigateway } from './apigateway';
import { ecr } from './ecr';
import { secretsmanager } from './secretsmanager';
import { rds } from './rds';
import { events } from './events';
import { ecs } from './ecs';
import { eks } from './eks';
import { states } from './states';
import { ssm } from './ssm';
import { kinesis } from './kinesis';
import { firehose } from './firehose';
import { cloudtrail } from './cloudtrail';
import { rekognition } from './rekognition';
import { rolesanywhere } from './rolesanywhere';
import { globalaccelerator } from './globalaccelerator';
import { wafv2 } from './wafv2';
import { config } from './config';
import { glue } from './glue';
import { athena } from './athena';
import { redshift } from './redshift';
import { elasticache } from './elasticache';
import { appmesh } from './appmesh';
import { cloudsearch } from './cloudsearch';
import { glacier } from './glacier';
import { codebuild } from './codebuild';
import { sagemaker } from './sagemaker';
import { cognitoIdentity } from './cognitoidentity';
import { ecrpublic } from './ecrpublic';
import { rbin } from './rbin';
import { route53resolver } from './route53resolver';
import { cloud9 } from './cloud9';
import { guardduty } from './guardduty';
import { securityhub } from './securityhub';
import { cognitoIdp } from './cognitoidp';
import { codecommit } from './codecommit';
import { codepipeline } from './codepipeline';
import { opensearch } from './opensearch';
import { msk } from './msk';
import { mq } from './mq';
import { batch } from './batch';
import { backup } from './backup';
import { efs } from './efs';
import { transfer } from './transfer';
import { datasync } from './datasync';
import { apprunner } from './apprunner';
import { ram } from './ram';
import { organizations } from './organizations';
import { codedeploy } from './codedeploy';
import { dax } from './dax';
import { cloudwatch } from './cloudwatch';
import { servicecatalog } from './servicecatalog';
import { appregistry } from './appregistry';
import { appsync } from './appsync';
import { amplify } from './amplify';
import { scheduler } from './scheduler';
import { pipes } from './pipes';
import { ssoAdmin } from './ssoadmin';
import { kinesisvideo } from './kinesisvideo';
import { memorydb } from './memorydb';
import { accessanalyzer } from './accessanalyzer';
import { comprehend } from './comprehend';
import { m2 } from './m2';
import { storagegateway } from './storagegateway';
import { datapipeline } from './datapipeline';
import { cloudformation } from './cloudformation';
import { emr } from './emr';
import { iot } from './iot';
import { ses } from './ses';
import { pinpoint } from './pinpoint';
import { mwaa } from './mwaa';
import { networkFirewall } from './networkfirewall';
import { shield } from './shield';
import { bedrock } from './bedrock';
import { cloudhsm } from './cloudhsm';
import { directconnect } from './directconnect';
import { mediaconvert } from './mediaconvert';
import { mediastore } from './mediastore';
import { redshiftServerless } from './redshiftserverless';
import { xray } from './xray';
import { synthetics } from './synthetics';
import { budgets } from './budgets';
import { codeartifact } from './codeartifact';
import { appconfig } from './appconfig';
import { timestream } from './timestream';
import { keyspaces } from './keyspaces';
import { grafana } from './grafana';
import { dms } from './dms';
import { lightsail } from './lightsail';
import { location } from './location';
import { vpcLattice } from './vpclattice';
import { signer } from './signer';
import { resourceGroups } from './resourcegroups';
import { codestarConnections } from './codestarconnections';
import { ivs } from './ivs';
import { imagebuilder } from './imagebuilder';
import { workspaces } from './workspaces';
import { macie2 } from './macie2';
import { detective } from './detective';
import { fms } from './fms';
import { opensearchServerless } from './opensearchserverless';
import { lakeFormation } from './lakeformation';
import { kendra } from './kendra';
import { emrServerless } from './emrserverless';
import { docdbElastic } from './docdbelastic';
import { appflow } from './appflow';
import { appstream } from './appstream';
import { schemas } from './schemas';
import { mskConnect } from './mskconnect';
import { gamelift } from './gamelift';

export const mappers: readonly ServiceMapper[] = [
  s3,
  route53,
  acm,
  cloudfront,
  elbv2,
  dynamodb,
  sqs,
  sns,
  logs,
  iam,
  lambda,
  ec2,
  kms,
  autoscaling,
  apigateway,
  ecr,
  secretsmanager,
  rds,
  events,
  ecs,
  eks,
  states,
  ssm,
  kinesis,
  firehose,
  cloudtrail,
  rekognition,
  rolesanywhere,
  globalaccelerator,
  wafv2,
  config,
  glue,
  athena,
  redshift,
  elasticache,
  appmesh,
  cloudsearch,
  glacier,
  codebuild,
  sagemaker,
  cognitoIdentity,
  ecrpublic,
  rbin,
  route53resolver,
  cloud9,
  guardduty,
  securityhub,
  cognitoIdp,
  codecommit,
  codepipeline,
  opensearch,
  msk,
  mq,
  batch,
  backup,
  efs,
  transfer,
  datasync,
  apprunner,
  ram,
  organizations,
  codedeploy,
  dax,
  cloudwatch,
  servicecatalog,
  appregistry,
  appsync,
  amplify,
  scheduler,
  pipes,
  ssoAdmin,
  kinesisvideo,
  memorydb,
  accessanalyzer,
  comprehend,
  m2,
  storagegateway,
  datapipeline,
  cloudformation,
  emr,
  iot,
  ses,
  pinpoint,
  mwaa,
  networkFirewall,
  shield,
  bedrock,
  cloudhsm,
  directconnect,
  mediaconvert,
  mediastore,
  redshiftServerless,
  xray,
  synthetics,
  budgets,
  codeartifact,
  appconfig,
  timestream,
  keyspaces,
  grafana,
  dms,
  lightsail,
  location,
  vpcLattice,
  signer,
  resourceGroups,
  codestarConnections,
  ivs,
  imagebuilder,
  workspaces,
  macie2,
  detective,
  fms,
  opensearchServerless,
  lakeFormation,
  kendra,
  emrServerless,
  docdbElastic,
  appflow,
  appstream,
  schemas,
  mskConnect,
  gamelift,
];

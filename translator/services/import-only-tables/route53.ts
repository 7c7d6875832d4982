// Route 53 types Trailform maps by their import block only (../route53.ts merges them into its mapper);
// Terraform writes their configuration (`terraform plan -generate-config-out`). Route 53 answers with
// prefixed IDs (`/delegationset/N1PA…`, `/hostedzone/Z1D6…`); the provider imports the bare ID.
// CloudTrail members are lower-camel (`hostedZoneId`, `vPC.vPCId`):
// https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/logging-using-cloudtrail.html

import { importOnlyTypes } from '../import-only';
import type { MapperEvent } from '../mapper';
import { at, optString } from '../read';

const bare = (id: string | undefined) => id?.replace(/^\/[a-z]+\//, '');
const req = (e: MapperEvent, ...keys: string[]) => keys.map((k) => optString(e.request, k)).find((v) => v !== undefined);
const zoneOf = (e: MapperEvent) => bare(req(e, 'hostedZoneId', 'HostedZoneId'));
/** A string or number member as text (`version` is a number). */
const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
const joined = (sep: string, ...parts: (string | undefined)[]) => (parts.every((p) => p !== undefined && p !== '') ? parts.join(sep) : undefined);

export const ROUTE53_IMPORT_ONLY = importOnlyTypes([
  {
    type: 'aws_route53_delegation_set',
    create: 'CreateReusableDelegationSet',
    id: (e) => bare(optString(e.response, 'delegationSet.id')),
    delete: 'DeleteReusableDelegationSet',
    deleteId: (e) => bare(req(e, 'id', 'Id')),
    global: true,
  },
  {
    type: 'aws_route53_query_log',
    create: 'CreateQueryLoggingConfig',
    id: ['response.queryLoggingConfig.id'],
    delete: 'DeleteQueryLoggingConfig',
    deleteId: ['request.id'],
    global: true,
  },
  // Import ID `ID/VERSION`; a new version (CreateTrafficPolicyVersion) is another resource of the type.
  {
    type: 'aws_route53_traffic_policy',
    create: 'CreateTrafficPolicy',
    id: (e) => joined('/', optString(e.response, 'trafficPolicy.id'), scalar(at(e.response, 'trafficPolicy.version'))),
    delete: 'DeleteTrafficPolicy',
    deleteId: (e) => joined('/', req(e, 'id'), scalar(at(e.request, 'version'))),
    global: true,
  },
  {
    type: 'aws_route53_traffic_policy_instance',
    create: 'CreateTrafficPolicyInstance',
    id: ['response.trafficPolicyInstance.id'],
    delete: 'DeleteTrafficPolicyInstance',
    deleteId: ['request.id'],
    update: ['UpdateTrafficPolicyInstance'],
    global: true,
  },
  // Import ID `HOSTED_ZONE_ID,NAME`.
  {
    type: 'aws_route53_key_signing_key',
    create: 'CreateKeySigningKey',
    id: (e) => joined(',', zoneOf(e), req(e, 'name', 'Name')),
    delete: 'DeleteKeySigningKey',
    update: ['ActivateKeySigningKey', 'DeactivateKeySigningKey'],
    global: true,
  },
  { type: 'aws_route53_hosted_zone_dnssec', create: 'EnableHostedZoneDNSSEC', id: zoneOf, delete: 'DisableHostedZoneDNSSEC', global: true },
  {
    type: 'aws_route53_cidr_collection',
    create: 'CreateCidrCollection',
    id: ['response.collection.id'],
    delete: 'DeleteCidrCollection',
    deleteId: ['request.id'],
    update: ['ChangeCidrCollection'],
    global: true,
  },
  // Import ID `HOSTED_ZONE_ID:VPC_ID`.
  {
    type: 'aws_route53_vpc_association_authorization',
    create: 'CreateVPCAssociationAuthorization',
    id: (e) => joined(':', zoneOf(e), optString(e.request, 'vPC.vPCId') ?? optString(e.request, 'VPC.VPCId')),
    delete: 'DeleteVPCAssociationAuthorization',
    global: true,
  },
]);

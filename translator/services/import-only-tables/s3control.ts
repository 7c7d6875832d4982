// S3 Control API types Trailform maps by their import block only (../s3.ts merges them into its mapper:
// CloudTrail logs S3 Control calls under `s3.amazonaws.com`); Terraform writes their configuration
// (`terraform plan -generate-config-out`). https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-s3-info.html
// The account is the record's (`x-amz-account-id` when the request carries it). Import IDs as the provider
// docs give them: access points, Object Lambda and Multi-Region access points and Storage Lens
// configurations as `ACCOUNT:NAME`; access grants and locations as `ACCOUNT,ID`; access point policies by
// the access point ARN; the access grants instance and its policy by the account.
// REST-XML members are read in either case (`name`, `AccessGrantId`).

import { buildArn } from '../arn';
import { readEitherCase } from '../member-case';
import { importOnlyTypes } from '../import-only';
import type { MapperEvent } from '../mapper';
import { optString } from '../read';

const account = (e: MapperEvent) => optString(e.request, 'x-amz-account-id') ?? (e.accountId || undefined);
const withAccount = (sep: string, part: string | undefined, e: MapperEvent) => {
  const acct = account(e);
  return acct && part ? `${acct}${sep}${part}` : undefined;
};
const name = (e: MapperEvent) => readEitherCase(e, 'request.name');
const multiRegionName = (e: MapperEvent) => readEitherCase(e, 'request.details.name', 'request.createMultiRegionAccessPointRequest.details.name');

export const S3CONTROL_IMPORT_ONLY = importOnlyTypes([
  { type: 'aws_s3_access_point', create: 'CreateAccessPoint', id: (e) => withAccount(':', name(e), e), delete: 'DeleteAccessPoint' },
  {
    type: 'aws_s3control_access_point_policy',
    create: 'PutAccessPointPolicy',
    id: (e) => {
      const ap = name(e);
      return ap && account(e) ? buildArn({ region: e.region, accountId: account(e)! }, 's3', `accesspoint/${ap}`) : undefined;
    },
    delete: 'DeleteAccessPointPolicy',
  },
  {
    type: 'aws_s3control_object_lambda_access_point',
    create: 'CreateAccessPointForObjectLambda',
    id: (e) => withAccount(':', name(e), e),
    delete: 'DeleteAccessPointForObjectLambda',
    update: ['PutAccessPointConfigurationForObjectLambda'],
  },
  {
    type: 'aws_s3control_object_lambda_access_point_policy',
    create: 'PutAccessPointPolicyForObjectLambda',
    id: (e) => withAccount(':', name(e), e),
    delete: 'DeleteAccessPointPolicyForObjectLambda',
  },
  {
    type: 'aws_s3control_storage_lens_configuration',
    create: 'PutStorageLensConfiguration',
    id: (e) => withAccount(':', readEitherCase(e, 'request.configId'), e),
    delete: 'DeleteStorageLensConfiguration',
  },
  {
    type: 'aws_s3control_multi_region_access_point',
    create: 'CreateMultiRegionAccessPoint',
    id: (e) => withAccount(':', multiRegionName(e), e),
    delete: 'DeleteMultiRegionAccessPoint',
  },
  {
    type: 'aws_s3control_multi_region_access_point_policy',
    create: 'PutMultiRegionAccessPointPolicy',
    id: (e) => withAccount(':', multiRegionName(e), e),
  },
  { type: 'aws_s3control_access_grants_instance', create: 'CreateAccessGrantsInstance', id: account, delete: 'DeleteAccessGrantsInstance' },
  {
    type: 'aws_s3control_access_grants_instance_resource_policy',
    create: 'PutAccessGrantsInstanceResourcePolicy',
    id: account,
    delete: 'DeleteAccessGrantsInstanceResourcePolicy',
  },
  {
    type: 'aws_s3control_access_grants_location',
    create: 'CreateAccessGrantsLocation',
    id: (e) => withAccount(',', readEitherCase(e, 'response.accessGrantsLocationId'), e),
    delete: 'DeleteAccessGrantsLocation',
    deleteId: (e) => withAccount(',', readEitherCase(e, 'request.accessGrantsLocationId'), e),
    update: ['UpdateAccessGrantsLocation'],
    updateId: (e) => withAccount(',', readEitherCase(e, 'request.accessGrantsLocationId'), e),
  },
  {
    type: 'aws_s3control_access_grant',
    create: 'CreateAccessGrant',
    id: (e) => withAccount(',', readEitherCase(e, 'response.accessGrantId'), e),
    delete: 'DeleteAccessGrant',
    deleteId: (e) => withAccount(',', readEitherCase(e, 'request.accessGrantId'), e),
  },
]);

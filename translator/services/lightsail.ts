// Amazon Lightsail: types Trailform maps by their import block only; Terraform writes their configuration
// (`terraform plan -generate-config-out`). Event and field names: https://docs.aws.amazon.com/lightsail/latest/userguide/logging-lightsail-api-calls-using-aws-cloudtrail.html
// Key pairs are left out: the provider cannot import them (their private key exists only at creation).

import { importOnlyTypes } from './import-only';
import { mergeHandlers, type MapperEvent, type ServiceMapper } from './mapper';
import { MalformedRecordError, optString, reqString, stringList } from './read';

const INSTANCE = 'aws_lightsail_instance';

/** `a,b` from two request members (the provider's import ID for Lightsail attachments), or undefined when one is missing. */
const pair = (first: string, second: string) => (e: MapperEvent) => {
  const a = optString(e.request, first);
  const b = optString(e.request, second);
  return a && b ? `${a},${b}` : undefined;
};

const TYPES = importOnlyTypes([
  {
    type: 'aws_lightsail_database',
    create: 'CreateRelationalDatabase',
    id: ['request.relationalDatabaseName'],
    delete: 'DeleteRelationalDatabase',
  },
  { type: 'aws_lightsail_static_ip', create: 'AllocateStaticIp', id: ['request.staticIpName'], delete: 'ReleaseStaticIp' },
  // Imported by the static IP's name.
  { type: 'aws_lightsail_static_ip_attachment', create: 'AttachStaticIp', id: ['request.staticIpName'], delete: 'DetachStaticIp' },
  { type: 'aws_lightsail_bucket', create: 'CreateBucket', id: ['request.bucketName'], delete: 'DeleteBucket' },
  // Import ID `BUCKET,ACCESS-KEY-ID`.
  {
    type: 'aws_lightsail_bucket_access_key',
    create: 'CreateBucketAccessKey',
    id: (e) => { const b = optString(e.request, 'bucketName'); const k = optString(e.response, 'accessKey.accessKeyId'); return b && k ? `${b},${k}` : undefined; },
    name: ['request.bucketName'],
    delete: 'DeleteBucketAccessKey',
    deleteId: pair('bucketName', 'accessKeyId'),
  },
  { type: 'aws_lightsail_certificate', create: 'CreateCertificate', id: ['request.certificateName'], delete: 'DeleteCertificate' },
  { type: 'aws_lightsail_container_service', create: 'CreateContainerService', id: ['request.serviceName'], delete: 'DeleteContainerService' },
  { type: 'aws_lightsail_disk', create: 'CreateDisk', id: ['request.diskName'], delete: 'DeleteDisk' },
  // Import ID `DISK,INSTANCE`; DetachDisk names the disk only, so only the attach is mapped.
  { type: 'aws_lightsail_disk_attachment', create: 'AttachDisk', id: pair('diskName', 'instanceName'), name: ['request.diskName'] },
  { type: 'aws_lightsail_distribution', create: 'CreateDistribution', id: ['request.distributionName'], delete: 'DeleteDistribution' },
  { type: 'aws_lightsail_lb', create: 'CreateLoadBalancer', id: ['request.loadBalancerName'], delete: 'DeleteLoadBalancer' },
  // Import ID `LOAD-BALANCER,CERTIFICATE` for both the certificate and its attachment.
  {
    type: 'aws_lightsail_lb_certificate',
    create: 'CreateLoadBalancerTlsCertificate',
    id: pair('loadBalancerName', 'certificateName'),
    delete: 'DeleteLoadBalancerTlsCertificate',
  },
  { type: 'aws_lightsail_lb_certificate_attachment', create: 'AttachLoadBalancerTlsCertificate', id: pair('loadBalancerName', 'certificateName') },
]);

export const lightsail: ServiceMapper = {
  service: 'lightsail',
  eventSource: 'lightsail.amazonaws.com',
  resources: [...TYPES.resources, { type: INSTANCE, required: [], importOnly: true, events: ['CreateInstances', 'DeleteInstance'] }],
  events: mergeHandlers(TYPES.events, {
    // One call creates every instance it names; each is imported by its name.
    CreateInstances(event, ctx) {
      const names = stringList(event.request, 'instanceNames');
      if (names.length === 0) throw new MalformedRecordError('instanceNames is empty');
      for (const name of names) ctx.create(INSTANCE, name, {});
    },
    DeleteInstance(event, ctx) {
      ctx.remove(INSTANCE, reqString(event.request, 'instanceName'));
    },
  }),
};

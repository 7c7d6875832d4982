// AWS Cloud Map (Service Discovery): types Trailform maps by their import block only; Terraform writes
// their configuration (`terraform plan -generate-config-out`). JSON protocol, lower-camel members:
// https://docs.aws.amazon.com/cloud-map/latest/dg/logging-using-cloudtrail.html
// Namespaces are created asynchronously: Create…Namespace answers with an `operationId` only, and the
// namespace ID (the import ID of HTTP and public DNS namespaces) appears in no record of the call, so
// those calls are reported `unsupported` with that reason; a later Update…Namespace names the ID and
// adopts the namespace. (A private DNS namespace imports as `NAMESPACE_ID:VPC_ID`, which no update
// carries: it is not mapped.) Services and instances are named in their own records.

import { importOnlyTypes } from './import-only';
import type { EventHandler, ServiceMapper } from './mapper';
import { mergeHandlers } from './mapper';
import { optString, reqString } from './read';

const NAMESPACES = [
  ['aws_service_discovery_http_namespace', 'CreateHttpNamespace', 'UpdateHttpNamespace'],
  ['aws_service_discovery_public_dns_namespace', 'CreatePublicDnsNamespace', 'UpdatePublicDnsNamespace'],
] as const;

const TYPES = importOnlyTypes([
  { type: 'aws_service_discovery_service', create: 'CreateService', id: ['response.service.id'], delete: 'DeleteService', deleteId: ['request.id'], update: ['UpdateService'] },
  // Import ID `SERVICE_ID/INSTANCE_ID`.
  {
    type: 'aws_service_discovery_instance',
    create: 'RegisterInstance',
    id: (e) => {
      const service = optString(e.request, 'serviceId');
      const instance = optString(e.request, 'instanceId');
      return service && instance ? `${service}/${instance}` : undefined;
    },
    delete: 'DeregisterInstance',
  },
]);

const asynchronousNamespace: EventHandler = (event, ctx) =>
  ctx.unsupported(
    `${event.eventName} creates the namespace asynchronously (operation ${optString(event.response, 'operationId') ?? 'unknown'}): ` +
      'the record holds no namespace ID to import; find it with aws servicediscovery list-namespaces',
  );

const updateNamespace = (type: string): EventHandler => (event, ctx) => {
  ctx.change(type, reqString(event.request, 'id'), {});
};

const deleteNamespace: EventHandler = (event, ctx) => {
  const id = reqString(event.request, 'id');
  for (const [type] of NAMESPACES) ctx.remove(type, id);
};

export const servicediscovery: ServiceMapper = {
  service: 'servicediscovery',
  eventSource: 'servicediscovery.amazonaws.com',
  resources: [
    ...TYPES.resources,
    ...NAMESPACES.map(([type, create, update]) => ({ type, required: [], importOnly: true, events: [create, update, 'DeleteNamespace'] })),
  ],
  events: mergeHandlers(
    TYPES.events,
    { DeleteNamespace: deleteNamespace },
    Object.fromEntries(NAMESPACES.flatMap(([type, create, update]) => [[create, asynchronousNamespace], [update, updateNamespace(type)]])),
  ),
};

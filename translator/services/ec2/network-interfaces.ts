// EC2 mapper part: Elastic IPs, network interfaces, flow logs and NAT gateways (assembled in ./index.ts).

import { at, listAt, MalformedRecordError, optBool, optNumber, optString, readTags, reqString } from '../read';
import { fields, number, strings, tagsField, text } from '../values';
import type { EventHandler } from '../mapper';
import { EIP, ENI, FLOW_LOG, NAT_GATEWAY } from './types';
import { attributeValue, changeById, createTags, itemText, labelOf, setArg, setFlag, unwrap } from './shared';
import { FLOW_LOG_RESOURCES } from './vpc';


export const networkInterfacesHandlers: Record<string, EventHandler> = {
    // --- Elastic IPs -----------------------------------------------------------------------
    AllocateAddress(event, ctx) {
      const id = reqString(event.response, 'allocationId');
      const publicIp = optString(event.response, 'publicIp');
      const address = optString(event.request, 'address');
      ctx.create(EIP, id, {
        fields: fields({
          domain: text(optString(event.response, 'domain') ?? 'vpc'),
          address: address ? text(address) : undefined,
          tags: tagsField(createTags(event, 'elastic-ip')),
        }),
        exports: { id },
        aliases: publicIp ? [publicIp] : [],
      });
    },
    AssociateAddress(event, ctx) {
      const allocationId = optString(event.request, 'allocationId');
      const publicIp = optString(event.request, 'publicIp');
      const known = ctx.find(EIP, allocationId ?? publicIp ?? '');
      if (!allocationId && !known) {
        ctx.ignore('associates an address the session did not allocate, named only by its public IP');
        return;
      }
      const eip = known ? ctx.change(EIP, known.id, { importId: known.importId, nameHint: known.nameHint }) : changeById(ctx, EIP, allocationId!);
      const instanceId = optString(event.request, 'instanceId');
      const eniId = optString(event.request, 'networkInterfaceId');
      if (!instanceId && !eniId) throw new MalformedRecordError('missing instanceId or networkInterfaceId');
      // `instance` and `network_interface` are both computed: set the one the user chose.
      delete eip.fields.instance;
      delete eip.fields.network_interface;
      if (instanceId) setArg(eip, 'instance', text(instanceId));
      else setArg(eip, 'network_interface', text(eniId!));
      // privateIpAddress is left out: the provider never reads associate_with_private_ip back, so setting it would plan a re-association.
      const associationId = optString(event.response, 'associationId');
      if (associationId) eip.aliases = [...eip.aliases, associationId];
    },
    DisassociateAddress(event, ctx) {
      const eip = ctx.find(EIP, optString(event.request, 'associationId') ?? optString(event.request, 'publicIp') ?? '');
      if (!eip) {
        ctx.ignore('disassociates an address the session did not allocate or associate');
        return;
      }
      const changed = ctx.change(EIP, eip.id, { importId: eip.importId, nameHint: eip.nameHint });
      delete changed.fields.instance;
      delete changed.fields.network_interface;
    },
    ReleaseAddress(event, ctx) {
      ctx.remove(EIP, optString(event.request, 'allocationId') ?? reqString(event.request, 'publicIp'));
    },

    // --- Network interfaces ---------------------------------------------------------------
    CreateNetworkInterface(event, ctx) {
      const eni = at(event.response, 'networkInterface');
      const id = reqString(eni, 'networkInterfaceId');
      // Services (RDS, Lambda, ELB …) create interfaces for their own use; Terraform must not manage those.
      if (optBool(eni, 'requesterManaged') === true) {
        ctx.ignore(`the interface was created by ${optString(eni, 'requesterId') ?? 'an AWS service'} for its own use`);
        return;
      }
      const groups = listAt(event.request, 'groupSet').map((g) => reqString(g, 'groupId'));
      const privateIps = listAt(event.request, 'privateIpAddressesSet').map((p) => reqString(p, 'privateIpAddress'));
      const description = optString(event.request, 'description');
      ctx.create(ENI, id, {
        fields: fields({
          subnet_id: text(reqString(event.request, 'subnetId')),
          description: description ? text(description) : undefined,
          private_ips: privateIps.length > 0 ? strings(privateIps) : undefined,
          security_groups: groups.length > 0 ? strings(groups) : undefined,
          tags: tagsField(createTags(event, 'network-interface', eni)),
        }),
        exports: { id },
      });
    },
    ModifyNetworkInterfaceAttribute(event, ctx) {
      const eni = changeById(ctx, ENI, reqString(event.request, 'networkInterfaceId'));
      setFlag(eni, 'source_dest_check', optBool(event.request, 'sourceDestCheck'));
      const description = attributeValue(event.request, 'description');
      if (typeof description === 'string') setArg(eni, 'description', text(description));
      const groups = listAt(event.request, 'groupSet').map((g) => reqString(g, 'groupId'));
      if (groups.length > 0) setArg(eni, 'security_groups', strings(groups));
    },
    DeleteNetworkInterface(event, ctx) {
      ctx.remove(ENI, reqString(event.request, 'networkInterfaceId'));
    },

    // --- Flow logs: one per resource, flowLogIdSet in the order of ResourceId ---------------------
    CreateFlowLogs(event, ctx) {
      const { request, response } = unwrap(event);
      const resourceIds = listAt(request, 'ResourceId').map((v) => itemText(v, 'ResourceId'));
      const flowLogIds = listAt(response, 'flowLogIdSet').map((v) => itemText(v, 'flowLogIdSet'));
      if (flowLogIds.length !== resourceIds.length) throw new MalformedRecordError('flowLogIdSet does not match ResourceId');
      const resourceArg = FLOW_LOG_RESOURCES[optString(request, 'ResourceType') ?? ''];
      if (!resourceArg) throw new MalformedRecordError(`unknown ResourceType ${optString(request, 'ResourceType')}`);
      const tags: Record<string, string> = {};
      for (const spec of listAt(request, 'TagSpecification')) {
        if (optString(spec, 'ResourceType') === 'vpc-flow-log') Object.assign(tags, readTags(at(spec, 'Tag')));
      }
      const interval = optNumber(request, 'MaxAggregationInterval');
      const shared = fields({
        traffic_type: optString(request, 'TrafficType') ? text(reqString(request, 'TrafficType')) : undefined,
        log_destination_type: optString(request, 'LogDestinationType') ? text(reqString(request, 'LogDestinationType')) : undefined,
        // An older request names the log group (LogGroupName) instead: log_destination is then left to the read.
        log_destination: optString(request, 'LogDestination') ? text(reqString(request, 'LogDestination')) : undefined,
        iam_role_arn: optString(request, 'DeliverLogsPermissionArn') ? text(reqString(request, 'DeliverLogsPermissionArn')) : undefined,
        deliver_cross_account_role: optString(request, 'DeliverCrossAccountRole') ? text(reqString(request, 'DeliverCrossAccountRole')) : undefined,
        log_format: optString(request, 'LogFormat') ? text(reqString(request, 'LogFormat')) : undefined,
        max_aggregation_interval: interval === undefined ? undefined : number(interval),
        tags: tagsField(tags),
      });
      resourceIds.forEach((resourceId, i) => {
        const id = flowLogIds[i]!;
        ctx.create(FLOW_LOG, id, {
          nameHint: `${labelOf(ctx, resourceArg[1], resourceId)} flow log`,
          fields: { [resourceArg[0]]: text(resourceId), ...shared },
          exports: { id },
        });
      });
    },
    DeleteFlowLogs(event, ctx) {
      const { request } = unwrap(event);
      // Older records carry the ids unwrapped, as `flowLogId: [...]`.
      const ids = [...listAt(request, 'FlowLogId'), ...listAt(request, 'flowLogId')].map((v) => itemText(v, 'FlowLogId'));
      if (ids.length === 0) throw new MalformedRecordError('missing FlowLogId');
      for (const id of ids) ctx.remove(FLOW_LOG, id);
    },

    // --- NAT gateways ---
    CreateNatGateway(event, ctx) {
      const { request, response } = unwrap(event);
      const gateway = at(response, 'natGateway');
      const id = reqString(gateway, 'natGatewayId');
      const tags: Record<string, string> = {};
      for (const spec of listAt(request, 'TagSpecification')) {
        if (optString(spec, 'ResourceType') === 'natgateway') Object.assign(tags, readTags(at(spec, 'Tag')));
      }
      const connectivity = optString(request, 'ConnectivityType');
      const mode = optString(request, 'AvailabilityMode');
      const subnetId = optString(request, 'SubnetId');
      const allocationId = optString(request, 'AllocationId');
      const privateIp = optString(request, 'PrivateIpAddress');
      const secondary = listAt(request, 'SecondaryAllocationId').map((v, i) => {
        if (typeof v !== 'string') throw new MalformedRecordError(`SecondaryAllocationId[${i}] should be a string`);
        return v;
      });
      ctx.create(NAT_GATEWAY, id, {
        fields: fields({
          // `public` is the provider's default for connectivity_type.
          connectivity_type: connectivity && connectivity !== 'public' ? text(connectivity) : undefined,
          availability_mode: mode ? text(mode) : undefined,
          subnet_id: subnetId ? text(subnetId) : undefined,
          allocation_id: allocationId ? text(allocationId) : undefined,
          secondary_allocation_ids: secondary.length > 0 ? strings(secondary) : undefined,
          private_ip: privateIp ? text(privateIp) : undefined,
          tags: tagsField(Object.keys(tags).length > 0 ? tags : readTags(at(gateway, 'tagSet'))),
        }),
        exports: { id },
      });
    },
    DeleteNatGateway(event, ctx) {
      ctx.remove(NAT_GATEWAY, reqString(unwrap(event).request, 'NatGatewayId'));
    },

};

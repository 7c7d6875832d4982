// EC2 mapper part: VPC endpoints (assembled in ./index.ts).

import type { ResourceDraft } from '../mapper';
import { at, MalformedRecordError, optBool, optString, readJsonDocument, reqString } from '../read';
import { blocks, fields, flag, jsonDocument, strings, tagsField, text } from '../values';
import type { EventHandler } from '../mapper';
import { VPC_ENDPOINT } from './types';
import { changeById, setArg, setFlag, unwrap } from './shared';
import { optText, wrappedList, wrappedStrings, wrappedTags } from './launch-templates';

// VPC endpoints (new-style, as the real CreateVpcEndpoint console record shows)

export function stringsField(draft: ResourceDraft, name: string): string[] | undefined {
  const value = draft.fields[name];
  if (value === undefined || value.kind !== 'list') return undefined;
  return value.items.flatMap((i) => (i.kind === 'string' ? [i.value] : []));
}

/** Applies ModifyVpcEndpoint's Add…/Remove… lists to a list the session knows in full. */
export function applyDelta(draft: ResourceDraft, arg: string, add: readonly string[], remove: readonly string[]): void {
  if (add.length === 0 && remove.length === 0) return;
  const current = stringsField(draft, arg);
  if (current === undefined && !draft.created) {
    draft.note(`The session changed ${arg} (added ${add.join(', ') || 'none'}, removed ${remove.join(', ') || 'none'}); the full list comes from the account.`);
    return;
  }
  const next = [...(current ?? []).filter((v) => !remove.includes(v)), ...add.filter((v) => !(current ?? []).includes(v))];
  if (next.length > 0) setArg(draft, arg, strings(next));
  else delete draft.fields[arg];
}


export const vpcEndpointsHandlers: Record<string, EventHandler> = {
    // --- VPC endpoints ---------------------------------------------------------------------
    CreateVpcEndpoint(event, ctx) {
      const { request, response } = unwrap(event);
      const endpoint = at(response, 'vpcEndpoint');
      const id = reqString(endpoint, 'vpcEndpointId');
      const routeTables = wrappedStrings(request, 'RouteTableId');
      const subnets = wrappedStrings(request, 'SubnetId');
      // Only the groups the request names: without them AWS uses the VPC's default group (computed).
      const groups = wrappedStrings(request, 'SecurityGroupId');
      const policy = readJsonDocument(at(request, 'PolicyDocument'), 'PolicyDocument');
      const dnsRecordIpType = optString(request, 'DnsOptions.DnsRecordIpType');
      const privateDns = optBool(request, 'PrivateDnsEnabled');
      const body = fields({
        vpc_id: text(optString(request, 'VpcId') ?? reqString(endpoint, 'vpcId')),
        service_name: text(optString(request, 'ServiceName') ?? reqString(endpoint, 'serviceName')),
        // The provider's default is Gateway; stated always so an Interface endpoint is never read as a change.
        vpc_endpoint_type: text(optString(request, 'VpcEndpointType') ?? optString(endpoint, 'vpcEndpointType') ?? 'Gateway'),
        ip_address_type: optText(request, 'IpAddressType'),
        private_dns_enabled: privateDns === undefined ? undefined : flag(privateDns),
        route_table_ids: routeTables.length > 0 ? strings(routeTables) : undefined,
        subnet_ids: subnets.length > 0 ? strings(subnets) : undefined,
        security_group_ids: groups.length > 0 ? strings(groups) : undefined,
        policy: policy === undefined ? undefined : jsonDocument(policy),
        tags: tagsField(wrappedTags(request, 'vpc-endpoint')),
      });
      if (dnsRecordIpType) body.dns_options = blocks({ dns_record_ip_type: text(dnsRecordIpType) });
      ctx.create(VPC_ENDPOINT, id, { fields: body, exports: { id } });
    },
    ModifyVpcEndpoint(event, ctx) {
      const { request } = unwrap(event);
      // No real record shows this operation: the wrapped PascalCase form is assumed (as CreateVpcEndpoint's),
      // and lowerCamel list keys are read too in case it is logged bare.
      const ids = (key: string) => [...wrappedStrings(request, key), ...wrappedStrings(request, `${key[0]!.toLowerCase()}${key.slice(1)}`)];
      const endpoint = changeById(ctx, VPC_ENDPOINT, optString(request, 'VpcEndpointId') ?? reqString(request, 'vpcEndpointId'));
      applyDelta(endpoint, 'route_table_ids', ids('AddRouteTableId'), ids('RemoveRouteTableId'));
      applyDelta(endpoint, 'subnet_ids', ids('AddSubnetId'), ids('RemoveSubnetId'));
      applyDelta(endpoint, 'security_group_ids', ids('AddSecurityGroupId'), ids('RemoveSecurityGroupId'));
      const policy = readJsonDocument(at(request, 'PolicyDocument'), 'PolicyDocument');
      if (policy !== undefined) setArg(endpoint, 'policy', jsonDocument(policy));
      // Back to the default full-access policy, which `policy` (optional, computed) reads back when unset.
      else if (optBool(request, 'ResetPolicy') === true) delete endpoint.fields.policy;
      setFlag(endpoint, 'private_dns_enabled', optBool(request, 'PrivateDnsEnabled'));
      const ipType = optString(request, 'IpAddressType');
      if (ipType) setArg(endpoint, 'ip_address_type', text(ipType));
      const dnsRecordIpType = optString(request, 'DnsOptions.DnsRecordIpType');
      if (dnsRecordIpType) setArg(endpoint, 'dns_options', blocks({ dns_record_ip_type: text(dnsRecordIpType) }));
    },
    DeleteVpcEndpoints(event, ctx) {
      const { request, response } = unwrap(event);
      const ids = [...wrappedStrings(request, 'VpcEndpointId'), ...wrappedStrings(event.request, 'vpcEndpointId')];
      if (ids.length === 0) throw new MalformedRecordError('missing VpcEndpointId');
      // Endpoints AWS could not delete are listed as `unsuccessful`; they stay.
      const failed = new Set(wrappedList(response, 'unsuccessful').map((u) => optString(u, 'resourceId')));
      for (const id of ids) if (!failed.has(id)) ctx.remove(VPC_ENDPOINT, id);
    },

};

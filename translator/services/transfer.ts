// AWS Transfer Family. CloudTrail shape (JSON protocol): the API members with a lower-case first letter
// (`identityProviderType`, `endpointDetails.vpcId`, `homeDirectoryMappings[{entry, target}]`).
// https://docs.aws.amazon.com/transfer/latest/userguide/cloudtrail-logging.html
// Servers and users are mapped in full; workflows, connectors and profiles by their import block only
// (Terraform writes their configuration with `terraform plan -generate-config-out`).

import type { JsonValue } from '../../shared/cloudtrail-record';
import { importOnlyTypes } from './import-only';
import { mergeHandlers, type Fields, type FoldContext, type MapperEvent, type ResourceDraft, type ServiceMapper } from './mapper';
import { at, isObject, listAt, MalformedRecordError, optNumber, optString, readJsonDocument, readTags, reqString, stringList } from './read';
import { TAG_RESOURCE, taggingHandlers, type TagFamily, type TaggingOptions } from './tagging';
import { blocks, fields, jsonDocument, number, numbers, sensitive, stringsAt, tagsField, text, textAt } from './values';

const SERVER = 'aws_transfer_server';
const USER = 'aws_transfer_user';

const TYPES = importOnlyTypes([
  {
    type: 'aws_transfer_workflow',
    create: 'CreateWorkflow',
    id: ['response.workflowId'],
    delete: 'DeleteWorkflow',
    deleteId: ['request.workflowId'],
  },
  {
    type: 'aws_transfer_connector',
    create: 'CreateConnector',
    id: ['response.connectorId'],
    delete: 'DeleteConnector',
    deleteId: ['request.connectorId'],
  },
  {
    type: 'aws_transfer_profile',
    create: 'CreateProfile',
    id: ['response.profileId'],
    delete: 'DeleteProfile',
    deleteId: ['request.profileId'],
  },
]);

const HIDDEN = /^HIDDEN_/;

/** Server members the mapper writes; a create with any other leaves the server to the account. */
const SERVER_MEMBERS = [
  'certificate', 'domain', 'endpointDetails', 'endpointType', 'hostKey', 'identityProviderDetails', 'identityProviderType', 'loggingRole',
  'postAuthenticationLoginBanner', 'preAuthenticationLoginBanner', 'protocols', 'securityPolicyName', 'structuredLogDestinations', 'tags', 'serverId',
];

/** The arguments Create/UpdateServer carry; UpdateServer names only what it changes. */
function serverSettings(request: JsonValue, draft: ResourceDraft, serverId: string): Fields {
  const endpoint = at(request, 'endpointDetails');
  const idp = at(request, 'identityProviderDetails');
  const hostKey = optString(request, 'hostKey');
  if (hostKey !== undefined) draft.ignoreChanges('host_key', 'Transfer Family never returns the host key (DescribeServer shows only its fingerprint), so an imported server has none in state');
  return fields({
    endpoint_type: textAt(request, 'endpointType'),
    certificate: textAt(request, 'certificate'),
    host_key: hostKey === undefined ? undefined : sensitive(`Host private key of Transfer Family server ${serverId} (CloudTrail hides it)`),
    identity_provider_type: textAt(request, 'identityProviderType'),
    url: textAt(idp, 'url'),
    invocation_role: textAt(idp, 'invocationRole'),
    directory_id: textAt(idp, 'directoryId'),
    function: textAt(idp, 'function'),
    sftp_authentication_methods: textAt(idp, 'sftpAuthenticationMethods'),
    logging_role: textAt(request, 'loggingRole'),
    post_authentication_login_banner: textAt(request, 'postAuthenticationLoginBanner'),
    pre_authentication_login_banner: textAt(request, 'preAuthenticationLoginBanner'),
    protocols: stringsAt(request, 'protocols'),
    security_policy_name: textAt(request, 'securityPolicyName'),
    structured_log_destinations: stringsAt(request, 'structuredLogDestinations'),
    endpoint_details: isObject(endpoint)
      ? blocks(
          fields({
            vpc_id: textAt(endpoint, 'vpcId'),
            subnet_ids: stringsAt(endpoint, 'subnetIds'),
            security_group_ids: stringsAt(endpoint, 'securityGroupIds'),
            address_allocation_ids: stringsAt(endpoint, 'addressAllocationIds'),
            vpc_endpoint_id: textAt(endpoint, 'vpcEndpointId'),
          }),
        )
      : undefined,
  });
}

/** The arguments Create/UpdateUser carry; UpdateUser names only what it changes. */
function userSettings(request: JsonValue): Fields {
  const mappings = listAt(request, 'homeDirectoryMappings');
  const posix = at(request, 'posixProfile');
  const policy = readJsonDocument(at(request, 'policy'), 'policy');
  return fields({
    role: textAt(request, 'role'),
    home_directory: textAt(request, 'homeDirectory'),
    home_directory_type: textAt(request, 'homeDirectoryType'),
    policy: policy === undefined ? undefined : jsonDocument(policy),
    home_directory_mappings: mappings.length > 0 ? blocks(...mappings.map((m) => ({ entry: text(reqString(m, 'entry')), target: text(reqString(m, 'target')) }))) : undefined,
    posix_profile: isObject(posix)
      ? blocks(
          fields({
            uid: number(reqNumber(posix, 'uid')),
            gid: number(reqNumber(posix, 'gid')),
            secondary_gids: stringList(posix, 'secondaryGids').length > 0 ? numbers(stringList(posix, 'secondaryGids').map(Number)) : undefined,
          }),
        )
      : undefined,
  });
}

function reqNumber(source: JsonValue | undefined, path: string): number {
  const value = optNumber(source, path);
  if (value === undefined) throw new MalformedRecordError(`missing ${path}`);
  return value;
}

const userKey = (serverId: string, userName: string) => `${serverId}/${userName}`;

function changeUser(event: MapperEvent, ctx: FoldContext): ResourceDraft {
  const serverId = reqString(event.request, 'serverId');
  const userName = reqString(event.request, 'userName');
  const id = userKey(serverId, userName);
  return ctx.change(USER, id, { fields: { server_id: text(serverId), user_name: text(userName) } });
}

/** TagResource / UntagResource name the server or user by `arn` (`…:server/s-…`, `…:user/s-…/name`). */
const TAGGING_CALLS: TagFamily = { ...TAG_RESOURCE, resource: ['arn'], tags: ['tags'] };
const TAGGING: TaggingOptions = { unmapped: (arn) => `tags ${arn}, a Transfer Family resource Trailform does not map` };
const ARN = 'arn:{partition}:transfer:{region}:{account}';

export const transfer: ServiceMapper = {
  service: 'transfer',
  eventSource: 'transfer.amazonaws.com',
  resources: [
    {
      type: SERVER,
      identity: { arn: `${ARN}:server/{id}`, exports: ['id', 'arn'] },
      required: [],
      references: {
        logging_role: ['aws_iam_role'],
        invocation_role: ['aws_iam_role'],
        certificate: ['aws_acm_certificate'],
        function: ['aws_lambda_function'],
        'endpoint_details.vpc_id': ['aws_vpc'],
        'endpoint_details.subnet_ids': ['aws_subnet'],
        'endpoint_details.security_group_ids': ['aws_security_group'],
      },
      events: ['CreateServer', 'UpdateServer', 'StartServer', 'StopServer', 'DeleteServer', 'TagResource', 'UntagResource'],
    },
    {
      type: USER,
      // Keyed `server-id/user-name`, named after the user.
      identity: { arn: `${ARN}:user/{server}/{user}`, idFromArn: ({ server, user }) => userKey(server!, user!), nameHint: (id) => id.slice(id.indexOf('/') + 1), exports: ['id'] },
      required: ['role', 'server_id', 'user_name'],
      references: { server_id: [SERVER], role: ['aws_iam_role'] },
      events: ['CreateUser', 'UpdateUser', 'DeleteUser', 'DeleteServer', 'TagResource', 'UntagResource'],
    },
    ...TYPES.resources,
  ],
  events: mergeHandlers(TYPES.events, taggingHandlers(() => transfer.resources, TAGGING_CALLS, TAGGING), {
    CreateServer(event, ctx) {
      const id = reqString(event.response, 'serverId');
      const draft = ctx.create(SERVER, id, {});
      draft.fields = { ...serverSettings(event.request, draft, id), ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) };
      // The name lives in a tag (the console's "Name"); the server ID names the resource otherwise.
      const tagName = readTags(at(event.request, 'tags')).Name;
      if (tagName !== undefined) draft.nameHint = tagName;
      const unmapped = isObject(event.request) ? Object.keys(event.request).filter((k) => !SERVER_MEMBERS.includes(k)) : [];
      if (unmapped.length > 0) draft.configFromAccount(`CreateServer set ${unmapped.join(', ')}, which Trailform does not map yet`);
    },
    UpdateServer(event, ctx) {
      const id = reqString(event.request, 'serverId');
      const draft = ctx.change(SERVER, id, {});
      Object.assign(draft.fields, serverSettings(event.request, draft, id));
    },
    StartServer(_event, ctx) {
      ctx.ignore('starts the server: its online state is not configuration');
    },
    StopServer(_event, ctx) {
      ctx.ignore('stops the server: its online state is not configuration');
    },
    DeleteServer(event, ctx) {
      const id = reqString(event.request, 'serverId');
      for (const user of ctx.allWithIdPrefix(USER, `${id}/`)) ctx.remove(USER, user.id);
      ctx.remove(SERVER, id);
    },
    CreateUser(event, ctx) {
      const serverId = reqString(event.request, 'serverId');
      const userName = reqString(event.request, 'userName');
      const id = userKey(serverId, userName);
      const draft = ctx.create(USER, id, {});
      draft.fields = { server_id: text(serverId), user_name: text(userName), ...userSettings(event.request), ...fields({ tags: tagsField(readTags(at(event.request, 'tags'))) }) };
      // An SSH key given here is its own resource (aws_transfer_ssh_key), whose ID AWS assigns and the
      // record does not show.
      const key = optString(event.request, 'sshPublicKeyBody');
      if (key !== undefined && !HIDDEN.test(key)) draft.note('The user was created with an SSH public key: import it as aws_transfer_ssh_key (SERVER-ID/USER-NAME/KEY-ID; aws transfer describe-user shows the key ID).');
    },
    UpdateUser(event, ctx) {
      const draft = changeUser(event, ctx);
      Object.assign(draft.fields, userSettings(event.request));
    },
    DeleteUser(event, ctx) {
      ctx.remove(USER, userKey(reqString(event.request, 'serverId'), reqString(event.request, 'userName')));
    },
  }),
};

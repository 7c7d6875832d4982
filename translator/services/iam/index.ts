// AWS IAM roles, users and groups with their inline policies and managed-policy attachments, customer
// managed policies, instance profiles, user login profiles, access keys and group memberships.
// IAM is global: CloudTrail records it in us-east-1 and Terraform manages it without a region.
// CloudTrail shape (Query protocol): lowerCamel request members, tags as `[{key,value}]`, policy
// documents as JSON strings in requests and URL-encoded in responses; Attach*/Put*/Add* return null.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html

import { mergeHandlers, type ServiceMapper } from '../mapper';
import { ACCESS_KEY, ACCOUNT_ALIAS, ATTACHMENT, GROUP, GROUP_ATTACHMENT, GROUP_POLICY, LOGIN_PROFILE, MEMBERSHIP, OIDC, PASSWORD_POLICY, POLICY, PROFILE, ROLE, ROLE_POLICY, USER, USER_ATTACHMENT, USER_POLICY } from './types';
import { changePolicy, changeProfile, changeRole, roleName, rolesHandlers } from './roles';
import { changeUser, groupName, userName, usersHandlers } from './users';
import { changeOidc, oidcAndAccountHandlers } from './oidc-and-account';
import { groupsHandlers } from './groups';
import { iamImportOnly } from './import-only-types';
import { principalPolicyHandlers, tagHandlers } from './factories';

export const iam: ServiceMapper = {
  service: 'iam',
  eventSource: 'iam.amazonaws.com',
  resources: [
    {
      type: ROLE,
      required: ['assume_role_policy'],
      references: { permissions_boundary: [POLICY] },
      global: true,
      events: ['CreateRole', 'UpdateAssumeRolePolicy', 'UpdateRole', 'UpdateRoleDescription', 'TagRole', 'UntagRole', 'PutRolePermissionsBoundary', 'DeleteRolePermissionsBoundary', 'DeleteRole'],
    },
    {
      type: ROLE_POLICY,
      required: ['policy', 'role'],
      references: { role: [ROLE] },
      global: true,
      events: ['PutRolePolicy', 'DeleteRolePolicy'],
    },
    {
      type: ATTACHMENT,
      required: ['policy_arn', 'role'],
      references: { role: [ROLE], policy_arn: [POLICY] },
      global: true,
      events: ['AttachRolePolicy', 'DetachRolePolicy'],
    },
    {
      type: POLICY,
      required: ['policy'],
      global: true,
      events: ['CreatePolicy', 'CreatePolicyVersion', 'SetDefaultPolicyVersion', 'DeletePolicyVersion', 'TagPolicy', 'UntagPolicy', 'DeletePolicy'],
    },
    {
      type: PROFILE,
      required: [],
      references: { role: [ROLE] },
      global: true,
      events: ['CreateInstanceProfile', 'AddRoleToInstanceProfile', 'RemoveRoleFromInstanceProfile', 'TagInstanceProfile', 'UntagInstanceProfile', 'DeleteInstanceProfile'],
    },
    {
      type: USER,
      required: ['name'],
      references: { permissions_boundary: [POLICY] },
      global: true,
      events: ['CreateUser', 'UpdateUser', 'TagUser', 'UntagUser', 'DeleteUser'],
    },
    {
      type: USER_POLICY,
      required: ['policy', 'user'],
      references: { user: [USER] },
      global: true,
      events: ['PutUserPolicy', 'DeleteUserPolicy'],
    },
    {
      type: USER_ATTACHMENT,
      required: ['policy_arn', 'user'],
      references: { user: [USER], policy_arn: [POLICY] },
      global: true,
      events: ['AttachUserPolicy', 'DetachUserPolicy'],
    },
    {
      type: LOGIN_PROFILE,
      required: ['user'],
      references: { user: [USER] },
      global: true,
      events: ['CreateLoginProfile', 'UpdateLoginProfile', 'DeleteLoginProfile'],
    },
    {
      type: ACCESS_KEY,
      required: ['user'],
      references: { user: [USER] },
      global: true,
      events: ['CreateAccessKey', 'UpdateAccessKey', 'DeleteAccessKey'],
    },
    {
      type: GROUP,
      required: ['name'],
      global: true,
      events: ['CreateGroup', 'UpdateGroup', 'DeleteGroup'],
    },
    {
      type: GROUP_POLICY,
      required: ['group', 'policy'],
      references: { group: [GROUP] },
      global: true,
      events: ['PutGroupPolicy', 'DeleteGroupPolicy'],
    },
    {
      type: GROUP_ATTACHMENT,
      required: ['group', 'policy_arn'],
      references: { group: [GROUP], policy_arn: [POLICY] },
      global: true,
      events: ['AttachGroupPolicy', 'DetachGroupPolicy'],
    },
    {
      type: OIDC,
      required: ['client_id_list', 'url'],
      global: true,
      events: [
        'CreateOpenIDConnectProvider',
        'AddClientIDToOpenIDConnectProvider',
        'RemoveClientIDFromOpenIDConnectProvider',
        'UpdateOpenIDConnectProviderThumbprint',
        'TagOpenIDConnectProvider',
        'UntagOpenIDConnectProvider',
        'DeleteOpenIDConnectProvider',
      ],
    },
    {
      type: PASSWORD_POLICY,
      required: [],
      global: true,
      events: ['UpdateAccountPasswordPolicy', 'DeleteAccountPasswordPolicy'],
    },
    {
      type: ACCOUNT_ALIAS,
      required: ['account_alias'],
      global: true,
      events: ['CreateAccountAlias', 'DeleteAccountAlias'],
    },
    {
      type: MEMBERSHIP,
      required: ['groups', 'user'],
      references: { user: [USER], groups: [GROUP] },
      global: true,
      events: ['AddUserToGroup', 'RemoveUserFromGroup'],
    },
    ...iamImportOnly.resources,
  ],
  events: mergeHandlers(
    principalPolicyHandlers({ noun: 'Role', field: 'role', nameOf: roleName, inline: ROLE_POLICY, attachment: ATTACHMENT }),
    principalPolicyHandlers({ noun: 'User', field: 'user', nameOf: userName, inline: USER_POLICY, attachment: USER_ATTACHMENT }),
    principalPolicyHandlers({ noun: 'Group', field: 'group', nameOf: groupName, inline: GROUP_POLICY, attachment: GROUP_ATTACHMENT }),
    tagHandlers('Role', changeRole),
    tagHandlers('Policy', changePolicy),
    tagHandlers('InstanceProfile', changeProfile),
    tagHandlers('User', changeUser),
    tagHandlers('OpenIDConnectProvider', changeOidc),
    rolesHandlers,
    usersHandlers,
    oidcAndAccountHandlers,
    groupsHandlers,
    iamImportOnly.events,
  ),
};

// IAM mapper part: the Terraform types it produces (assembled in ./index.ts).


export const ROLE = 'aws_iam_role';
export const ROLE_POLICY = 'aws_iam_role_policy';
export const ATTACHMENT = 'aws_iam_role_policy_attachment';
export const POLICY = 'aws_iam_policy';
export const PROFILE = 'aws_iam_instance_profile';
export const USER = 'aws_iam_user';
export const USER_POLICY = 'aws_iam_user_policy';
export const USER_ATTACHMENT = 'aws_iam_user_policy_attachment';
export const LOGIN_PROFILE = 'aws_iam_user_login_profile';
export const ACCESS_KEY = 'aws_iam_access_key';
export const GROUP = 'aws_iam_group';
export const GROUP_POLICY = 'aws_iam_group_policy';
export const GROUP_ATTACHMENT = 'aws_iam_group_policy_attachment';
export const MEMBERSHIP = 'aws_iam_user_group_membership';
export const OIDC = 'aws_iam_openid_connect_provider';
export const PASSWORD_POLICY = 'aws_iam_account_password_policy';
export const ACCOUNT_ALIAS = 'aws_iam_account_alias';

/** The provider's default path; left out of the configuration. */
export const DEFAULT_PATH = '/';
/** aws_iam_role's default max_session_duration (seconds). */
export const DEFAULT_SESSION = 3600;

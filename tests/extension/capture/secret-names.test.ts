import { describe, expect, test } from 'vitest';
import { isSecretField } from '../../../extension/capture/redact/secret-names.ts';

describe('secret field names', () => {
  test.each(['MasterUserPassword', 'SecretString', 'ClientSecret', 'private_key', 'SessionToken', 'TemporaryPassword'])('%s is a secret', (name) => {
    expect(isSecretField(name)).toBe(true);
  });

  // A secret's name may end in a common word; only the known setting names below are exempt.
  test.each(['SecretMessage', 'PasswordStorage', 'SecretPackage', 'PasswordImage'])('%s stays a secret although it ends like "…age"', (name) => {
    expect(isSecretField(name)).toBe(true);
  });

  test.each(['SecretArn', 'SecretId', 'MinimumPasswordLength', 'PasswordResetRequired', 'MaxPasswordAge', 'max_password_age', 'SecretName', 'PasswordPolicy'])('%s names a setting, not a secret', (name) => {
    expect(isSecretField(name)).toBe(false);
  });
});

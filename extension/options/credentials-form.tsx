// Credentials for CloudTrail: three fields or a paste; remember (the extension's IndexedDB vault) only on explicit opt-in.
import { useState } from 'preact/hooks';
import { parseCredentialsText, validateCredentials, type AwsCredentials } from '../cloudtrail/credentials.ts';

export interface CredentialsFormProps {
  saved: { accessKeyId: string; remembered: boolean } | null;
  onSave: (credentials: AwsCredentials, remember: boolean) => Promise<void>;
  onForget: () => Promise<void>;
  onTest: (credentials: AwsCredentials | null, region: string) => Promise<void>;
  testing: boolean;
}

export function CredentialsForm({ saved, onSave, onForget, onTest, testing }: CredentialsFormProps) {
  const [accessKeyId, setKeyId] = useState('');
  const [secretAccessKey, setSecret] = useState('');
  const [sessionToken, setToken] = useState('');
  const [paste, setPaste] = useState('');
  const [remember, setRemember] = useState(false);
  const [region, setRegion] = useState('us-east-1');
  const [error, setError] = useState<string | null>(null);

  const current = (): AwsCredentials | null => {
    if (paste.trim()) {
      const r = parseCredentialsText(paste);
      if (!r.ok) { setError(r.error); return null; }
      return r.credentials;
    }
    if (!accessKeyId && !secretAccessKey) return null;
    const r = validateCredentials({ accessKeyId, secretAccessKey, sessionToken });
    if (!r.ok) { setError(r.error); return null; }
    return r.credentials;
  };
  const save = async () => {
    setError(null);
    const c = current();
    if (c) await onSave(c, remember);
    else if (!error) setError('Enter credentials or paste them first.');
  };
  const test = async () => {
    setError(null);
    const typed = paste.trim() || accessKeyId || secretAccessKey;
    const c = typed ? current() : null;
    if (typed && !c) return;
    await onTest(c, region);
  };

  return (
    <fieldset>
      <legend>CloudTrail credentials</legend>
      <p>{saved ? `Saved: ${saved.accessKeyId} (${saved.remembered ? 'remembered on this computer' : 'until the browser closes'})` : 'No credentials saved.'}</p>
      <label>Access key id <input id="ct-access-key-id" type="text" autocomplete="off" value={accessKeyId} onInput={(e) => setKeyId(e.currentTarget.value)} /></label>
      <label>Secret access key <input id="ct-secret" type="password" autocomplete="off" value={secretAccessKey} onInput={(e) => setSecret(e.currentTarget.value)} /></label>
      <label>Session token (temporary credentials) <input id="ct-session-token" type="password" autocomplete="off" value={sessionToken} onInput={(e) => setToken(e.currentTarget.value)} /></label>
      <label>…or paste the output of <code>aws configure export-credentials</code> or the SSO portal's credentials
        <textarea id="ct-paste" value={paste} onInput={(e) => setPaste(e.currentTarget.value)} /></label>
      <label><input id="ct-remember" type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} /> Remember on this computer</label>
      {remember && <p class="warn">The keys will be stored unencrypted in this browser profile until you remove them. Prefer short-lived credentials.</p>}
      <label>Region for the test <input id="ct-test-region" type="text" value={region} onInput={(e) => setRegion(e.currentTarget.value.trim())} /></label>
      <button id="ct-save" type="button" onClick={() => void save()}>Save</button>{' '}
      <button id="ct-test" type="button" disabled={testing} onClick={() => void test()}>{testing ? 'Testing…' : 'Test connection'}</button>{' '}
      {saved && <button id="ct-forget" type="button" onClick={() => void onForget()}>Remove saved credentials</button>}
      {error && <p class="error" id="ct-form-error">{error}</p>}
    </fieldset>
  );
}

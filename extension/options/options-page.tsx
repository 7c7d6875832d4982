// The options page: credentials, connection test, least-privilege policy, waiting timeout, and the
// offline alternative (drop a CloudTrail file onto a session).
import { useState } from 'preact/hooks';
import { LEAST_PRIVILEGE_POLICY } from '../cloudtrail/credentials.ts';
import { CredentialsForm } from './credentials-form.tsx';
import { FileDrop } from './file-drop.tsx';
import { useCloudTrailOptions } from './use-cloudtrail-options.ts';

export function OptionsPage() {
  const o = useCloudTrailOptions();
  const [sessionId, setSessionId] = useState<number | null>(null);
  const chosen = sessionId ?? o.sessions[0]?.id ?? null;
  return (
    <>
      <h1>Trailform</h1>
      <p>Trailform confirms each recorded action against CloudTrail, which holds every console call with its full parameters and the new resources' IDs, a few minutes late.</p>
      <CredentialsForm saved={o.saved} onSave={o.save} onForget={o.forget} onTest={o.runTest} testing={o.testing} />
      {o.test && (
        <p id="ct-test-result" class={o.test.ok ? 'ok' : 'error'} data-kind={o.test.ok ? 'ok' : o.test.kind}>
          {o.test.ok ? `Connected: CloudTrail in ${o.test.region} answered.` : o.test.message}
        </p>
      )}
      <fieldset>
        <legend>Permissions</legend>
        <p>The credentials need only this policy (LookupEvents cannot be limited to resources):</p>
        <pre id="ct-policy">{JSON.stringify(LEAST_PRIVILEGE_POLICY, null, 2)}</pre>
      </fieldset>
      <fieldset>
        <legend>Waiting for CloudTrail</legend>
        <label>Stop waiting after (minutes)
          <input id="ct-timeout" type="text" value={o.settings ? String(o.settings.timeoutMs / 60_000) : ''}
            onChange={(e) => { const m = Number(e.currentTarget.value); if (Number.isFinite(m) && m > 0) void o.saveTimeout(m); }} />
        </label>
      </fieldset>
      <fieldset>
        <legend>No credentials? Use a CloudTrail file</legend>
        <label>Session
          <select id="ct-session" value={chosen ?? ''} onChange={(e) => setSessionId(Number(e.currentTarget.value))}>
            {o.sessions.map((s) => <option key={s.id} value={s.id}>{s.name} ({s.actionCount} actions)</option>)}
          </select>
        </label>
        <FileDrop disabled={chosen === null} onFile={(name, text) => chosen !== null && void o.importFile(chosen, name, text)} />
        {o.imported && (
          <p id="ct-import-result" class={o.imported.ok ? 'ok' : 'error'}>
            {o.imported.ok ? `Read ${o.imported.imported} records. ${o.imported.view.progress}` : o.imported.error}
          </p>
        )}
      </fieldset>
    </>
  );
}

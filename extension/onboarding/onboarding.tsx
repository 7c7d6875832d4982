// Onboarding, opened once after install when the browser has not granted every host the recorder
// needs (Firefox lets users withhold them). One button asks for them with permissions.request.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { missingHostAccess, onHostAccessChange, requestHostAccess } from '../platform/host-access.ts';

function Onboarding() {
  const [missing, setMissing] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const refresh = (): void => { missingHostAccess().then(setMissing, (e: unknown) => setError(String(e))); };
    refresh();
    return onHostAccessChange(refresh);
  }, []);
  const grant = (): void => {
    setError(null);
    requestHostAccess(missing ?? []).then((ok) => { if (!ok) setError('Access was not granted. Trailform records nothing until it is.'); }, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <main data-ready={missing === null ? 'false' : 'true'}>
      <h1>Welcome to Trailform</h1>
      <p>Trailform records the changes you make in the AWS console and turns them into Terraform. Everything it records stays in this browser.</p>
      <p>To record, it needs to read the AWS console pages and the AWS API calls they make (the console hosts and <code>*.amazonaws.com</code>, <code>*.api.aws</code>). It reads nothing on other sites.</p>
      {missing !== null && missing.length === 0 && <p class="ok" id="host-access-ok">All set: Trailform can record in the AWS console. You can close this tab.</p>}
      {missing !== null && missing.length > 0 && (
        <>
          <p id="host-access-missing">Not granted yet: {missing.map((m) => <code key={m}>{m} </code>)}</p>
          <button type="button" id="grant-host-access" onClick={grant}>Allow access to the AWS console</button>
        </>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </main>
  );
}

const root = document.getElementById('root');
if (root) render(<Onboarding />, root);

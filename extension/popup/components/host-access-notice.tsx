// Says plainly when the user has withheld a host permission recording needs (Firefox lets users
// do that), and asks again on a click. Self-contained: it reads and requests access itself, so the
// popup mounts it with one line.
import { useEffect, useState } from 'preact/hooks';
import { missingHostAccess, onHostAccessChange, requestHostAccess } from '../../platform/host-access.ts';
import { summarizeMissing } from '../../platform/host-access-view.ts';

export function HostAccessNotice() {
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const refresh = (): void => { missingHostAccess().then(setMissing, () => setMissing([])); };
    refresh();
    return onHostAccessChange(refresh);
  }, []);
  if (missing.length === 0) return null;
  const { consoleMissing, apiMissing } = summarizeMissing(missing);
  const grant = (): void => {
    setError(null);
    requestHostAccess(missing).then((ok) => { if (!ok) setError('Access was not granted.'); }, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section class="host-access" role="alert" data-testid="host-access">
      {consoleMissing.length > 0 && (
        <p>Trailform has no access to the AWS console ({consoleMissing.join(', ')}), so it cannot record what you do there.</p>
      )}
      {apiMissing.length > 0 && (
        <p>Trailform has no access to the AWS API hosts ({apiMissing.join(', ')}), so it misses calls the console makes from workers and cannot check CloudTrail.</p>
      )}
      <button type="button" id="grant-host-access" onClick={grant}>Grant access</button>
      {error && <p class="error">{error}</p>}
    </section>
  );
}

// The review tab: one session's summary, Generate (any size: rows read in pages, the translator in a
// worker), the files, warnings grouped by kind, the report, and streamed export and import.
import { useEffect, useRef, useState } from 'preact/hooks';
import { OutputView } from '../popup/components/output-view.tsx';
import { STATUS_LABEL } from '../popup/format.ts';
import type { Generated } from '../popup/generate/types.ts';
import { useFileActions } from '../popup/hooks/use-file-actions.ts';
import { readRowChoices } from '../platform/row-choices.ts';
import { sendMessage } from '../platform/runtime-messages.ts';
import type { StatusCounts } from '../../shared/session-view.ts';
import { useChanges } from '../ui/use-changes.ts';
import { useLoaded } from '../ui/use-loaded.ts';
import { generateInput, readAllRows, translateInput, type GenerateProgress } from './run-generate.ts';

type State =
  | { phase: 'idle' }
  | { phase: 'running'; progress: GenerateProgress | null }
  | { phase: 'done'; result: Generated }
  | { phase: 'error'; message: string };

function progressText(p: GenerateProgress | null): string {
  if (!p) return 'Generating…';
  return p.phase === 'reading' ? `Reading rows… ${p.rows} of ${p.total}` : `Translating ${p.records} records…`;
}

function countsText(counts: StatusCounts): string {
  return (Object.keys(counts) as (keyof StatusCounts)[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${STATUS_LABEL[k]}`).join(' · ');
}

export function ReviewApp({ sessionId, generateOnOpen }: { sessionId: number | null; generateOnOpen: boolean }) {
  const changes = useChanges();
  const summary = useLoaded(() => (sessionId === null ? Promise.resolve(null) : sendMessage('sessions/summary', { sessionId })), sessionId, changes.of(sessionId));
  const files = useFileActions();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const started = useRef(false);
  const s = summary.value;
  const name = s?.session.name ?? 'session';

  function generate(): void {
    if (sessionId === null || !s) return;
    setState({ phase: 'running', progress: null });
    const choices = readRowChoices(sessionId);
    readAllRows(sendMessage, sessionId, (progress) => setState({ phase: 'running', progress }))
      .then(async (rows) => {
        if (!rows) throw new Error('the session no longer exists');
        const input = generateInput(name, rows, choices);
        setState({ phase: 'running', progress: { phase: 'translating', records: input.rows.length } });
        return translateInput(input);
      })
      .then((result) => setState({ phase: 'done', result }))
      .catch((e: unknown) => setState({ phase: 'error', message: e instanceof Error ? e.message : String(e) }));
  }

  useEffect(() => {
    if (generateOnOpen && s && !started.current) {
      started.current = true;
      generate();
    }
  }, [generateOnOpen, s]);

  if (sessionId === null) return <main class="review"><p class="error" role="alert">No session given (the address needs ?session=&lt;id&gt;).</p></main>;
  const result = state.phase === 'done' ? state.result : null;
  return (
    <main class="review" data-ready={s !== undefined ? 'true' : 'false'}>
      <header>
        <h1>Trailform · {s ? s.session.name : s === null ? 'session not found' : '…'}</h1>
        {s && <p class="muted" data-testid="summary">{s.session.actionCount} actions · {s.rowCount} rows{s.rowCount > 0 ? ` · ${countsText(s.counts)}` : ''}</p>}
      </header>
      {s === null && <p class="error" role="alert">This session no longer exists.</p>}
      {s && (
        <div class="buttons">
          <button type="button" id="generate" class="primary" disabled={state.phase === 'running' || s.translatable === 0} onClick={generate}>
            {state.phase === 'running' ? 'Generating…' : result ? 'Generate again' : 'Generate Terraform'}
          </button>
          <button type="button" id="export" onClick={() => files.exportSession(sessionId)}>Export session (.json)</button>
          <label class="import">
            Import a session (.json)
            <input type="file" accept=".json,application/json" id="import-file" onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) files.importSession(file, (id) => { location.search = `?session=${id}`; });
              e.currentTarget.value = '';
            }} />
          </label>
        </div>
      )}
      {state.phase === 'running' && <p class="progress" role="status" aria-live="polite">{progressText(state.progress)}</p>}
      {state.phase === 'error' && <p class="error" role="alert">Generate failed: {state.message}</p>}
      {result && (
        <OutputView
          result={result}
          notice={files.notice}
          onCopy={files.copy}
          onDownloadMain={() => files.downloadMain(result)}
          onDownloadZip={() => files.downloadZip(result, name)}
          onDownloadReport={() => files.downloadReport(result, name)}
        />
      )}
      {!result && files.notice && <p class="notice" role="status">{files.notice}</p>}
    </main>
  );
}

// The popup: wiring only. Data comes through hooks; components get values and callbacks.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { countByStatus } from '../../shared/session-view.ts';
import { ActionList } from './components/action-list.tsx';
import { CurrentSession } from './components/current-session.tsx';
import { HostAccessNotice } from './components/host-access-notice.tsx';
import { storageProblemText } from './format.ts';
import { OutputView } from './components/output-view.tsx';
import { SessionList } from './components/session-list.tsx';
import { useConfirmation } from './hooks/use-confirmation.ts';
import { useFileActions } from './hooks/use-file-actions.ts';
import { useGenerate } from './hooks/use-generate.ts';
import { useNow } from './hooks/use-now.ts';
import { useRecording } from './hooks/use-recording.ts';
import { useSessionDetail } from './hooks/use-session-detail.ts';

export function App() {
  const rec = useRecording();
  const [chosenId, setChosenId] = useState<number | null>(null);
  const recordingId = rec.status?.recording ? rec.status.session?.id ?? null : null;
  const known = chosenId !== null && rec.sessions.some((s) => s.id === chosenId);
  const shownId = (known ? chosenId : null) ?? recordingId ?? rec.sessions[0]?.id ?? null;
  const sel = useSessionDetail(shownId);
  const gen = useGenerate();
  const files = useFileActions();
  const recording = shownId !== null && shownId === recordingId;
  const ct = useConfirmation(recording ? null : shownId);
  const now = useNow(recording ? 1000 : null);
  const detail = sel.detail && sel.detail.session.id === shownId ? sel.detail : null;
  const session = detail?.session ?? (recording ? rec.status?.session ?? null : null);
  const result = gen.state.phase === 'done' && gen.state.sessionId === shownId ? gen.state.result : null;
  const sessionName = session?.name ?? 'session';
  const unsupported = useMemo(() => new Map((result?.report ?? []).flatMap((e) =>
    e.eventID && (e.outcome === 'unsupported' || e.outcome === 'invalid') ? [[e.eventID, e.reason ?? e.outcome] as const] : [])), [result]);
  const ready = rec.status !== undefined;
  useEffect(() => {
    // For bench/popup-render.ts: when the first real content (the recording status) was rendered.
    if (ready && performance.getEntriesByName('popup:first-data').length === 0) performance.mark('popup:first-data');
  }, [ready]);

  return (
    <main id="app" data-ready={ready ? 'true' : 'false'}>
      <header><h1>Trailform</h1></header>
      <HostAccessNotice />
      <CurrentSession
        recording={recording}
        session={session}
        counts={detail ? countByStatus(detail.rows) : null}
        confirmation={!recording && session && ct.view ? { phase: ct.view.confirmation?.phase ?? null, progress: ct.view.progress } : null}
        checking={ct.checking}
        onCheckNow={ct.checkNow}
        onOpenSettings={ct.openSettings}
        now={now}
        busy={rec.busy}
        onStart={() => { setChosenId(null); gen.reset(); rec.start(); }}
        onStop={rec.stop}
        onNewSession={() => { setChosenId(null); gen.reset(); rec.newSession(); }}
      />
      {rec.error && <p class="error" role="alert">{rec.error}</p>}
      {rec.status?.storageProblem && (
        <p class="error" role="alert" data-testid="storage-problem">
          {storageProblemText(rec.status.storageProblem)}
        </p>
      )}
      {detail && (
        <section aria-label="Actions">
          <ActionList rows={detail.rows} unsupported={unsupported} isIncluded={sel.isIncluded} onToggle={sel.toggle} />
          <div class="buttons generate">
            <button
              type="button" id="generate" class="primary"
              disabled={sel.included.length === 0 || gen.state.phase === 'running'}
              onClick={() => gen.generate(detail.session.id, sessionName, sel.freshIncluded)}
            >{gen.state.phase === 'running' ? 'Generating…' : 'Generate Terraform'}</button>
            <span class="muted">{sel.included.length} of {detail.rows.length} included</span>
          </div>
        </section>
      )}
      {gen.state.phase === 'error' && <p class="error" role="alert">Generate failed: {gen.state.message}</p>}
      {result && (
        <OutputView
          result={result}
          notice={files.notice}
          onCopy={files.copy}
          onDownloadMain={() => files.downloadMain(result)}
          onDownloadZip={() => files.downloadZip(result, sessionName)}
          onDownloadReport={() => files.downloadReport(result, sessionName)}
        />
      )}
      {!result && files.notice && <p class="notice" role="status">{files.notice}</p>}
      <SessionList
        sessions={rec.sessions}
        selectedId={shownId}
        recordingId={recordingId}
        onSelect={(id) => { setChosenId(id); gen.reset(); }}
        onRename={rec.rename}
        onDelete={rec.remove}
        onExport={files.exportSession}
        onImport={(file) => files.importSession(file, (id) => { rec.refresh(); setChosenId(id); gen.reset(); })}
      />
    </main>
  );
}

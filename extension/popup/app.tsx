// The popup: a compact control panel (it fits Chrome's 600 px popup height at any session size). The
// worker pushes changes; the popup reads a summary and the page of rows in view. Generate, the files,
// warnings and the report open in the review tab (extension/review/).
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../platform/runtime-messages.ts';
import { openReviewTab } from '../platform/tabs.ts';
import { useChanges } from '../ui/use-changes.ts';
import { useRowChoices } from '../ui/use-row-choices.ts';
import { useLoaded } from '../ui/use-loaded.ts';
import { PAGE_ROWS, useRowPages } from '../ui/use-row-pages.ts';
import { CurrentSession } from './components/current-session.tsx';
import { HostAccessNotice } from './components/host-access-notice.tsx';
import { SessionList } from './components/session-list.tsx';
import { VirtualActionList } from './components/virtual-action-list.tsx';
import { useConfirmation } from './hooks/use-confirmation.ts';
import { useFileActions } from './hooks/use-file-actions.ts';
import { useNow } from './hooks/use-now.ts';
import { useRecording } from './hooks/use-recording.ts';
import { useStoredView } from './hooks/use-stored-view.ts';
import { storageProblemText } from './format.ts';

export function App() {
  const changes = useChanges();
  const rec = useRecording(changes);
  const [chosenId, setChosenId] = useState<number | null>(null);
  // Until the worker has answered (it may have to start first), the session and rows read from storage.
  const stored = useStoredView(PAGE_ROWS);
  const early = rec.loaded ? null : stored;
  const recordingId = early ? early.recordingId : rec.status?.recording ? rec.status.session?.id ?? null : null;
  const known = chosenId !== null && rec.sessions.some((s) => s.id === chosenId);
  const shownId = (known ? chosenId : null) ?? recordingId ?? rec.sessions[0]?.id ?? early?.session.id ?? null;
  const tick = changes.of(shownId);
  const summary = useLoaded(() => (shownId === null ? Promise.resolve(null) : sendMessage('sessions/summary', { sessionId: shownId })), shownId, tick);
  const pages = useRowPages(shownId, tick, stored?.page ?? null);
  const choices = useRowChoices(shownId);
  const files = useFileActions();
  const recording = shownId !== null && shownId === recordingId;
  const ct = useConfirmation(recording ? null : shownId, tick);
  const now = useNow(recording ? 1000 : null);
  const counted = summary.value && summary.value.session.id === shownId ? summary.value : null;
  // Before the worker's summary: the stored page's session and total; counts follow with the summary.
  const shown = counted ?? (stored && stored.session.id === shownId ? { session: stored.session, rowCount: stored.page.total, counts: null } : null);
  const session = shown?.session ?? (recording ? rec.status?.session ?? null : null);
  const included = counted ? choices.includedCount(counted.includedByDefault) : 0;
  const ready = rec.status !== undefined;
  useEffect(() => {
    // For bench/popup-render.ts: when the first real content (the recording status) was rendered.
    if (ready && performance.getEntriesByName('popup:first-data').length === 0) performance.mark('popup:first-data');
  }, [ready]);
  useEffect(() => {
    // For bench/popup-large.ts: when the worker's counts were first shown.
    if (counted && performance.getEntriesByName('popup:counts').length === 0) performance.mark('popup:counts');
  }, [counted !== null]);
  const review = (generate: boolean) => {
    if (shownId !== null) openReviewTab(shownId, { generate }).catch((e: unknown) => console.error(e));
  };

  return (
    <main id="app" data-ready={ready ? 'true' : 'false'}>
      <header><h1>Trailform</h1></header>
      <HostAccessNotice />
      <CurrentSession
        recording={recording}
        session={session}
        counts={shown?.counts ?? null}
        confirmation={!recording && session && ct.view ? { phase: ct.view.confirmation?.phase ?? null, progress: ct.view.progress } : null}
        checking={ct.checking}
        onCheckNow={ct.checkNow}
        onOpenSettings={ct.openSettings}
        now={now}
        busy={rec.busy}
        onStart={() => { setChosenId(null); rec.start(); }}
        onStop={rec.stop}
        onNewSession={() => { setChosenId(null); rec.newSession(); }}
      />
      {rec.error && <p class="error" role="alert">{rec.error}</p>}
      {rec.status?.storageProblem && (
        <p class="error" role="alert" data-testid="storage-problem">
          {storageProblemText(rec.status.storageProblem)}
        </p>
      )}
      {shown && (
        <section aria-label="Actions">
          <VirtualActionList follow={recording} total={shown.rowCount} rowAt={pages.rowAt} show={pages.show} isIncluded={choices.isIncluded} onToggle={choices.toggle} />
          <div class="buttons generate">
            <button type="button" id="generate" class="primary" disabled={included === 0} onClick={() => review(true)}>Generate Terraform</button>
            <button type="button" id="open-review" onClick={() => review(false)}>Review in a tab</button>
            <span class="muted" data-testid="included">{counted ? `${included} of ${shown.rowCount} included` : `counting ${shown.rowCount} rows…`}</span>
          </div>
        </section>
      )}
      {files.notice && <p class="notice" role="status">{files.notice}</p>}
      <SessionList
        sessions={rec.sessions}
        selectedId={shownId}
        recordingId={recordingId}
        onSelect={(id) => setChosenId(id)}
        onRename={rec.rename}
        onDelete={rec.remove}
        onExport={files.exportSession}
        onImport={(file) => files.importSession(file, (id) => { rec.refresh(); setChosenId(id); })}
      />
    </main>
  );
}

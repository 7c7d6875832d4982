import { useState } from 'preact/hooks';
import type { ReportEntry } from '../../../translator/index.ts';
import type { Generated, PopupWarning } from '../generate/types.ts';
import { CodeView } from './code-view.tsx';

export interface OutputViewProps {
  result: Generated;
  notice: string | null;
  onCopy(text: string, what: string): void;
  onDownloadMain(): void;
  onDownloadZip(): void;
  onDownloadReport(): void;
}

const QUIET: ReadonlySet<string> = new Set(['created', 'updated', 'deleted', 'import-only']);
/** Items listed per group; the rest are in the Report .json download (thousands of list items would only slow the tab). */
const LISTED = 200;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}

function More({ count }: { count: number }) {
  return count > LISTED ? <li class="muted">… and {count - LISTED} more (all of them are in Report .json)</li> : null;
}

function ReportView({ report }: { report: ReportEntry[] }) {
  const notable = report.filter((e) => !QUIET.has(e.outcome));
  const translated = report.length - notable.length;
  return (
    <section class="report" aria-labelledby="report-title">
      <h3 id="report-title">Report</h3>
      <p class="muted">{translated} record{translated === 1 ? '' : 's'} translated{notable.length > 0 ? `, ${notable.length} unsupported or ignored:` : '.'}</p>
      {groupBy(notable, (e) => e.outcome).map(([outcome, entries]) => (
        <details key={outcome} class="report-group" open={notable.length <= 50}>
          <summary><span class={`badge o-${outcome}`}>{outcome}</span> {entries.length}</summary>
          <ul class="report-list">
            {entries.slice(0, LISTED).map((e, i) => <li key={i}>{e.eventName ?? e.input}{e.reason ? `: ${e.reason}` : ''}</li>)}
            <More count={entries.length} />
          </ul>
        </details>
      ))}
    </section>
  );
}

function WarningsView({ warnings }: { warnings: PopupWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" aria-labelledby="warnings-title">
      <h3 id="warnings-title">Warnings ({warnings.length})</h3>
      {groupBy(warnings, (w) => w.code).map(([code, list]) => (
        <details key={code} class="warning-group" data-code={code} open={warnings.length <= 20}>
          <summary>{code} ({list.length})</summary>
          <ul>
            {list.slice(0, LISTED).map((w, i) => <li key={i} data-code={w.code}>{w.address && !w.message.startsWith(w.address) && <><code>{w.address}</code>{' '}</>}{w.message}</li>)}
            <More count={list.length} />
          </ul>
        </details>
      ))}
    </section>
  );
}

export function OutputView({ result, notice, onCopy, onDownloadMain, onDownloadZip, onDownloadReport }: OutputViewProps) {
  const [active, setActive] = useState(0);
  const file = result.files[Math.min(active, result.files.length - 1)];
  if (!file) {
    return (
      <section class="output" aria-label="Terraform">
        <p class="muted">Nothing to translate into Terraform.</p>
        <ReportView report={result.report} />
      </section>
    );
  }
  return (
    <section class="output" aria-label="Terraform">
      <div class="buttons">
        <button type="button" id="copy-file" onClick={() => onCopy(file.text, file.name)}>Copy {file.name}</button>
        <button type="button" id="copy-all" onClick={() => onCopy(result.mainTf, 'all files')}>Copy all</button>
        <button type="button" id="download-main" onClick={onDownloadMain}>Download main.tf</button>
        <button type="button" id="download-zip" class="primary" onClick={onDownloadZip}>Download .zip</button>
        <button type="button" id="download-report" onClick={onDownloadReport}>Report .json</button>
      </div>
      <p class="notice" role="status" aria-live="polite">{notice ?? `${result.importCount} import block${result.importCount === 1 ? '' : 's'}; terraform plan should show ${result.importCount} to import, 0 to add, 0 to change, 0 to destroy.`}</p>
      <div class="tabs" role="tablist" aria-label="Files">
        {result.files.map((f, i) => (
          <button
            type="button" role="tab" key={f.name} id={`tab-${i}`} aria-selected={f === file} aria-controls="file-panel"
            tabIndex={f === file ? 0 : -1} onClick={() => setActive(i)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = (i + (e.key === 'ArrowRight' ? 1 : -1) + result.files.length) % result.files.length;
                setActive(next);
                (e.currentTarget.parentElement?.children[next] as HTMLElement | undefined)?.focus();
              }
            }}
          >{f.name}</button>
        ))}
      </div>
      <div id="file-panel" role="tabpanel" aria-labelledby={`tab-${result.files.indexOf(file)}`}>
        <CodeView text={file.text} label={file.name} />
      </div>
      <WarningsView warnings={result.warnings} />
      <ReportView report={result.report} />
    </section>
  );
}

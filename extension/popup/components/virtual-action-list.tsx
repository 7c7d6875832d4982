// The session's actions as a virtualised list: only the rows in view are in the DOM (a 10,000-action
// session renders a dozen rows), read a page at a time from the worker as the list scrolls.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RowView } from '../../../shared/session-paging.ts';
import { STATUS_LABEL } from '../format.ts';

const ROW_HEIGHT = 26;
const VISIBLE_ROWS = 9;
const OVERSCAN = 4;

export interface VirtualActionListProps {
  /** Start at the end and follow new rows (while recording); otherwise start at the top. */
  follow: boolean;
  total: number;
  rowAt(index: number): RowView | undefined;
  show(start: number, end: number): void;
  isIncluded(row: RowView): boolean;
  onToggle(row: RowView): void;
}

function Row({ row, index, included, onToggle }: { row: RowView | undefined; index: number; included: boolean; onToggle(row: RowView): void }) {
  if (!row) return <tr class="loading" aria-rowindex={index + 1}><td colSpan={5} class="muted">…</td></tr>;
  const label = `${row.service} ${row.operation}${row.resourceName ? ` ${row.resourceName}` : ''}`;
  return (
    <tr data-status={row.status} class={row.failed ? 'failed' : undefined} aria-rowindex={index + 1}>
      <td>
        <input type="checkbox" checked={included} disabled={!row.translatable} aria-label={`Include ${label}`} onChange={() => onToggle(row)} />
      </td>
      <td>{row.service}</td>
      <td>{row.operation}{row.failed && <span class="badge failed-badge">failed</span>}</td>
      <td class="resource" title={row.resourceName ?? ''}>{row.resourceName ?? '—'}</td>
      <td>
        <span class={`badge s-${row.status}`} title={row.note ?? ''}>{STATUS_LABEL[row.status]}</span>
        {row.unverified && <span class="badge s-unverified" title={row.note ?? ''}>unverified</span>}
      </td>
    </tr>
  );
}

const COLUMNS = (
  <colgroup><col class="c-include" /><col class="c-service" /><col class="c-operation" /><col class="c-resource" /><col class="c-status" /></colgroup>
);

export function VirtualActionList({ follow, total, rowAt, show, isIncluded, onToggle }: VirtualActionListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const atBottom = useRef(follow);
  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(total, Math.ceil(scrollTop / ROW_HEIGHT) + VISIBLE_ROWS + OVERSCAN);

  useLayoutEffect(() => {
    // While recording, a list scrolled to the end follows new actions.
    const el = scroller.current;
    if (el && atBottom.current) {
      el.scrollTop = el.scrollHeight;
      setScrollTop(el.scrollTop);
    }
  }, [total]);
  useLayoutEffect(() => show(start, end), [start, end, show]);
  const firstShown = total > 0 && rowAt(start) !== undefined;
  useLayoutEffect(() => {
    // For bench/popup-large.ts: the first frame with real rows in the list.
    if (firstShown && performance.getEntriesByName('popup:first-rows').length === 0) requestAnimationFrame(() => performance.mark('popup:first-rows'));
  }, [firstShown]);

  if (total === 0) return <p class="muted empty">No actions recorded in this session yet.</p>;
  const rows = [];
  for (let i = start; i < end; i++) {
    const row = rowAt(i);
    rows.push(<Row key={row?.key ?? `i${i}`} row={row} index={i} included={row ? isIncluded(row) : false} onToggle={onToggle} />);
  }
  return (
    <div class="action-list">
      <table class="actions-head" aria-hidden="true">
        {COLUMNS}
        <thead><tr><th /><th>Service</th><th>Operation</th><th>Resource</th><th>Status</th></tr></thead>
      </table>
      <div
        class="action-scroller" ref={scroller} style={{ height: `${Math.min(total, VISIBLE_ROWS) * ROW_HEIGHT + 2}px` }}
        onScroll={(e) => {
          const el = e.currentTarget;
          atBottom.current = el.scrollTop + el.clientHeight >= el.scrollHeight - ROW_HEIGHT;
          setScrollTop(el.scrollTop);
        }}
      >
        <div style={{ height: `${total * ROW_HEIGHT}px`, position: 'relative' }}>
          <table class="actions" aria-rowcount={total} style={{ position: 'absolute', top: `${start * ROW_HEIGHT}px` }}>
            <caption class="sr-only">Actions of the session ({total}); tick the ones to translate</caption>
            {COLUMNS}
            <tbody>{rows}</tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

import type { SessionRow } from '../../../shared/session-view.ts';
import { STATUS_LABEL } from '../format.ts';

export interface ActionListProps {
  rows: SessionRow[];
  /** After Generate: records the translator could not map (by eventID), with why. */
  unsupported: ReadonlyMap<string, string>;
  isIncluded(row: SessionRow): boolean;
  onToggle(row: SessionRow): void;
}

export function ActionList({ rows, unsupported, isIncluded, onToggle }: ActionListProps) {
  if (rows.length === 0) return <p class="muted empty">No actions recorded in this session yet.</p>;
  return (
    <table class="actions">
      <caption class="sr-only">Actions of the session; tick the ones to translate</caption>
      <thead>
        <tr><th scope="col"><span class="sr-only">Include</span></th><th scope="col">Service</th><th scope="col">Operation</th><th scope="col">Resource</th><th scope="col">Status</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const label = `${row.service} ${row.operation}${row.resourceName ? ` ${row.resourceName}` : ''}`;
          const why = row.record ? unsupported.get(row.record.eventID) : undefined;
          const status = why === undefined ? row.status : 'unsupported';
          return (
            <tr key={row.key} data-status={status} class={row.failed ? 'failed' : undefined}>
              <td>
                <input
                  type="checkbox"
                  checked={isIncluded(row)}
                  disabled={row.record === null}
                  aria-label={`Include ${label}`}
                  onChange={() => onToggle(row)}
                />
              </td>
              <td>{row.service}</td>
              <td>{row.operation}{row.failed && <span class="badge failed-badge">failed</span>}</td>
              <td class="resource" title={row.resourceName ?? ''}>{row.resourceName ?? '—'}</td>
              <td>
                <span class={`badge s-${status}`} title={why ?? row.note ?? ''}>{STATUS_LABEL[status]}</span>
                {row.unverified && <span class="badge s-unverified" title={row.note ?? ''}>unverified</span>}
                {row.unverified && <div class="why">no network request seen: left out of Generate unless ticked</div>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { useState } from 'preact/hooks';
import type { SessionRow } from '../../../shared/session-view.ts';
import type { Generated, GenerateInput } from '../generate/types.ts';

export type GenerateState =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; result: Generated; sessionId: number }
  | { phase: 'error'; message: string };

export function rowLabel(row: Pick<SessionRow, 'service' | 'operation' | 'resourceName'>): string {
  return `${row.service} ${row.operation}${row.resourceName ? ` (${row.resourceName})` : ''}`;
}

/** Runs the translator, loading it on first use (it is not in the popup's own chunk). */
type RowsSource = () => Promise<{ included: SessionRow[]; all: SessionRow[] } | null>;

export function useGenerate(): { state: GenerateState; generate(sessionId: number, name: string, rows: RowsSource): void; reset(): void } {
  const [state, setState] = useState<GenerateState>({ phase: 'idle' });
  return {
    state,
    reset: () => setState({ phase: 'idle' }),
    generate(sessionId, sessionName, rows) {
      setState({ phase: 'running' });
      // The translator chunk loads while the rows are read again.
      Promise.all([import('../generate/generate-terraform.ts'), rows()])
        .then(([m, current]) => {
          if (!current) throw new Error('the session no longer exists');
          const input: GenerateInput = {
            sessionName,
            rows: current.included.flatMap((r) => (r.record ? [{ key: r.key, status: r.status, label: rowLabel(r), note: r.note, record: r.record }] : [])),
            untranslatable: current.all.filter((r) => r.record === null).map((r) => ({ label: rowLabel(r), note: r.note })),
          };
          setState({ phase: 'done', result: m.generateTerraform(input), sessionId });
        })
        .catch((e: unknown) => setState({ phase: 'error', message: e instanceof Error ? e.message : String(e) }));
    },
  };
}

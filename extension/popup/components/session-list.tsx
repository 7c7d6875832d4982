import { useState } from 'preact/hooks';
import type { RecordingSession } from '../../../shared/recorded-action.ts';
import { formatTime } from '../format.ts';

export interface SessionListProps {
  sessions: RecordingSession[];
  selectedId: number | null;
  recordingId: number | null;
  onSelect(id: number): void;
  onRename(id: number, name: string): void;
  onDelete(id: number): void;
  onExport(id: number): void;
  onImport(file: File): void;
}

function SessionItem({ s, p }: { s: RecordingSession; p: SessionListProps }) {
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(s.name);
  const selected = s.id === p.selectedId;
  if (mode === 'rename') {
    return (
      <li>
        <form class="inline" onSubmit={(e) => { e.preventDefault(); if (name.trim()) p.onRename(s.id, name.trim()); setMode('view'); }}>
          <input value={name} aria-label={`New name for ${s.name}`} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} autoFocus />
          <button type="submit">Save</button>
          <button type="button" onClick={() => setMode('view')}>Cancel</button>
        </form>
      </li>
    );
  }
  if (mode === 'delete') {
    return (
      <li class="confirm" role="alert">
        <span>Delete "{s.name}" and its {s.actionCount} actions?</span>
        <button type="button" class="danger" onClick={() => { p.onDelete(s.id); setMode('view'); }}>Delete</button>
        <button type="button" onClick={() => setMode('view')} autoFocus>Keep</button>
      </li>
    );
  }
  return (
    <li class={selected ? 'selected' : undefined}>
      <button type="button" class="link" aria-pressed={selected} onClick={() => p.onSelect(s.id)}>
        {s.name}{s.id === p.recordingId ? ' (recording)' : ''}
      </button>
      <span class="muted">{formatTime(s.startedAt)} · {s.actionCount}</span>
      <span class="row-buttons">
        <button type="button" aria-label={`Rename ${s.name}`} onClick={() => setMode('rename')}>Rename</button>
        <button type="button" aria-label={`Export ${s.name}`} onClick={() => p.onExport(s.id)}>Export</button>
        <button type="button" aria-label={`Delete ${s.name}`} onClick={() => setMode('delete')}>Delete</button>
      </span>
    </li>
  );
}

export function SessionList(p: SessionListProps) {
  return (
    <details class="sessions">
      <summary>Sessions ({p.sessions.length})</summary>
      <ul>{p.sessions.map((s) => <SessionItem key={s.id} s={s} p={p} />)}</ul>
      <label class="import">
        Import a session (.json)
        <input type="file" accept=".json,application/json" id="import-file" onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) p.onImport(file);
          e.currentTarget.value = '';
        }} />
      </label>
    </details>
  );
}

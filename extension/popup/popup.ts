// Minimal recording control; the popup issue replaces this with the Preact UI.
import type { RecordingStatus } from '../../shared/recorded-action.ts';
import { sendMessage } from '../platform/runtime-messages.ts';

const statusEl = document.getElementById('status');

function show(status: RecordingStatus): void {
  if (!statusEl) return;
  statusEl.textContent = status.recording && status.session
    ? `Recording "${status.session.name}": ${status.session.actionCount} actions`
    : 'Not recording';
}

document.getElementById('start')?.addEventListener('click', () => void sendMessage('recording/start', {}).then(show));
document.getElementById('stop')?.addEventListener('click', () => void sendMessage('recording/stop', {}).then(show));
document.getElementById('new-session')?.addEventListener('click', () => void sendMessage('recording/new-session', {}).then(show));
void sendMessage('recording/get-status', {}).then(show);

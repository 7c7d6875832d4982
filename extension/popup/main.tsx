// Popup entry: renders the app and marks the first frame it painted ("popup:first-render"), which
// bench/popup-render.ts reads.
import { render } from 'preact';
import { App } from './app.tsx';

const root = document.getElementById('root');
if (root) {
  render(<App />, root);
  requestAnimationFrame(() => performance.mark('popup:first-render'));
}

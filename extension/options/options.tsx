// Options page entry: renders the Preact tree; data comes through the hooks in use-cloudtrail-options.ts.
import { render } from 'preact';
import { OptionsPage } from './options-page.tsx';

const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);

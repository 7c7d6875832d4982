// Review tab entry: the session comes from ?session=<id>; ?generate=1 starts Generate on open.
import { render } from 'preact';
import { ReviewApp } from './review-app.tsx';

const params = new URLSearchParams(location.search);
const id = Number(params.get('session'));
const root = document.getElementById('root');
if (root) render(<ReviewApp sessionId={Number.isInteger(id) && id > 0 ? id : null} generateOnOpen={params.get('generate') === '1'} />, root);

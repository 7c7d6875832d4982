import { useMemo } from 'preact/hooks';
import { tokenizeHcl } from '../highlight-hcl.ts';

export function CodeView({ text, label }: { text: string; label: string }) {
  const tokens = useMemo(() => tokenizeHcl(text), [text]);
  return (
    <pre class="code" tabIndex={0} aria-label={label}>
      <code>{tokens.map((t, i) => (t.kind ? <span key={i} class={`t-${t.kind}`}>{t.text}</span> : t.text))}</code>
    </pre>
  );
}

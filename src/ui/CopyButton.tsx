import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n';
// This screen's text is not in the first screen's bundle: it joins the dictionaries with this chunk.
import '../i18n/work';

/** Copies `text`; says "Copied" (or how to copy by hand) in a live region next to the button. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="button button-small" onClick={() => void copy()} aria-label={label}>
        {t('result.copy')}
      </button>
      <span role="status" className={state === 'failed' ? 'copy-status copy-failed' : 'copy-status'}>
        {state === 'copied' ? t('result.copied') : state === 'failed' ? t('result.copyFailed') : ''}
      </span>
    </span>
  );
}

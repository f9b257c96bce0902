import { useEffect, useId, useRef } from 'react';
import { Alert } from '../../../ui/Alert';
import '../../../i18n/import';
import { localeOf, useLanguage, useT, type Translate } from '../../../i18n/i18n';
import type { SendProgress } from './send';
import './send-progress.css';

function timeLeft(t: Translate, seconds: number): string {
  return seconds > 90
    ? t('import.send.minutesLeft', { minutes: Math.round(seconds / 60) })
    : t('import.send.secondsLeft', { seconds: Math.max(1, Math.ceil(seconds)) });
}

/** "1,000 of 10,000 rows · 2,400 rows/s · about 4 s left", in the person's language and number style. */
function summary(t: Translate, p: SendProgress, n: (x: number) => string): string {
  const parts = [t('import.send.count', { done: n(p.done), total: n(p.total) })];
  const sending = p.state === 'sending' || p.state === 'waiting';
  if (sending && p.rowsPerSecond !== null)
    parts.push(t('import.send.rate', { rate: n(Math.round(p.rowsPerSecond)) }));
  // While waiting, the time left is unknown: the wait says how long instead.
  if (p.state === 'sending' && p.secondsLeft !== null && p.done < p.total)
    parts.push(timeLeft(t, p.secondsLeft));
  return parts.join(' · ');
}

function StateMessage({ p, n }: { p: SendProgress; n: (x: number) => string }) {
  const t = useT();
  const seconds = p.waitingSeconds ?? 0;
  if (p.state === 'waiting' && p.waitingFor === 'rate-limit')
    return <p role="status">{t('import.send.waitingRateLimit', { seconds })}</p>;
  if (p.state === 'waiting')
    return <p role="status">{t('import.send.waitingNoAnswer', { seconds, reason: p.error ?? '' })}</p>;
  if (p.state === 'error')
    return (
      <Alert>
        {p.elsewhere ? t('import.send.elsewhere') : t('import.send.error', { reason: p.error ?? '' })}
      </Alert>
    );
  if (p.state === 'stopped')
    return (
      <Alert tone="info">{t('import.send.stopped', { created: n(p.created), total: n(p.total) })}</Alert>
    );
  if (p.state === 'done')
    return (
      <Alert tone="success">{t('import.send.done', { created: n(p.created), failed: n(p.failed) })}</Alert>
    );
  return null;
}

/** The import's progress bar with its figures, what it waits for or why it stopped, and Cancel. */
export function SendProgressView({ progress: p, onCancel }: { progress: SendProgress; onCancel(): void }) {
  const t = useT();
  const { lang } = useLanguage();
  const id = useId();
  const format = new Intl.NumberFormat(localeOf(lang));
  const n = (x: number) => format.format(x);
  const active = p.state === 'sending' || p.state === 'waiting';
  // The Create button goes away while sending: the focus comes here instead of falling to the page, and
  // not onto Cancel, where a second Enter would stop what the first one started.
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section className="send-progress" aria-labelledby={`${id}-label`} tabIndex={-1} ref={box}>
      <label id={`${id}-label`} htmlFor={`${id}-bar`} className="send-progress-label">
        {t('import.send.label')}
      </label>
      <progress
        id={`${id}-bar`}
        max={Math.max(p.total, 1)}
        value={p.done}
        aria-describedby={`${id}-figures`}
      />
      <p id={`${id}-figures`} className="send-progress-figures">
        {summary(t, p, n)}
      </p>
      <StateMessage p={p} n={n} />
      {active ? (
        <button type="button" className="button" onClick={onCancel}>
          {t('import.send.cancel')}
        </button>
      ) : null}
    </section>
  );
}

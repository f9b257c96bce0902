import { formatClock, useLanguage, useT, type MessageId } from '../../i18n/i18n';
import type { OutboxEntry } from './outbox-types';
import { fieldMessages, reasonText } from './reason-text';

interface Props {
  entry: OutboxEntry;
  onReopen(entry: OutboxEntry): void;
  onRemove(entry: OutboxEntry): void;
}

/** One kept task: what it is, its state in words, why it waits or failed, and what can be done. */
export function OutboxItem({ entry, onReopen, onRemove }: Props) {
  const t = useT();
  const { lang } = useLanguage();
  const time = formatClock(entry.queuedAt, lang);
  const label = entry.label || t('outbox.untitled');
  const messages = fieldMessages(entry.reason);
  const action = (key: MessageId, act: (entry: OutboxEntry) => void) => (
    <button
      type="button"
      className="button button-small"
      onClick={() => act(entry)}
      // the visible word first (what voice control users say), then which task it acts on
      aria-label={`${t(key)}: ${label}`}
    >
      {t(key)}
    </button>
  );
  const reason = entry.state === 'waiting' || entry.state === 'failed' ? reasonText(t, entry.reason) : '';
  return (
    <li className={`outbox-item outbox-${entry.state}`}>
      <div className="outbox-line">
        <span className="outbox-label">{label}</span>
        <span className={`badge outbox-badge-${entry.state}`}>
          {t(`outbox.state.${entry.state}` as MessageId)}
        </span>
      </div>
      <p className="outbox-meta">
        {entry.flow} · {t('outbox.queuedAt', { time })}
      </p>
      {reason ? <p className="outbox-reason">{reason}</p> : null}
      {messages.length > 0 ? (
        <ul className="outbox-errors">
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      ) : null}
      {entry.state === 'created' && entry.taskId ? (
        <p className="outbox-meta">
          <code>{t('outbox.taskId', { id: entry.taskId })}</code>
        </p>
      ) : null}
      {entry.state === 'failed' ? (
        <div className="actions outbox-actions">
          {action('outbox.reopen', onReopen)}
          {action('outbox.discard', onRemove)}
        </div>
      ) : null}
      {entry.state === 'created' ? (
        <div className="actions outbox-actions">{action('outbox.remove', onRemove)}</div>
      ) : null}
    </li>
  );
}

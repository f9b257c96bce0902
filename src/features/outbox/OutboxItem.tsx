import { useRef, useState, type Ref } from 'react';
import { formatClock, useLanguage, useT, type MessageId } from '../../i18n/i18n';
import { ConfirmPrompt } from '../../ui/ConfirmPrompt';
import type { OutboxEntry } from './outbox-types';
import { fieldMessages, reasonText } from './reason-text';
import '../../i18n/outbox';

interface Props {
  entry: OutboxEntry;
  /** opens it in the form: a refused one to correct it, a waiting one to change it before it is sent */
  onReopen(entry: OutboxEntry): void;
  /** forgets it: a refused one discarded, a created one cleared from the list */
  onRemove(entry: OutboxEntry): void;
  /** a task not sent yet is not to be sent at all (asked first) */
  onCancel(entry: OutboxEntry): void;
  /** one taken into the form goes back to the queue as it was */
  onPutBack(entry: OutboxEntry): void;
}

/** One kept task: what it is, its state in words, why it waits or failed, and what can be done. */
export function OutboxItem({ entry, onReopen, onRemove, onCancel, onPutBack }: Props) {
  const t = useT();
  const { lang } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const time = formatClock(entry.queuedAt, lang);
  const label = entry.label || t('outbox.untitled');
  const messages = fieldMessages(entry.reason);
  const action = (key: MessageId, act: (entry: OutboxEntry) => void) => (
    <ActionButton word={t(key)} label={label} onClick={() => act(entry)} />
  );
  const reason =
    entry.state === 'editing'
      ? t('outbox.reason.editing')
      : entry.state === 'waiting' || entry.state === 'failed'
        ? reasonText(t, entry.reason)
        : '';
  const cancellable = entry.state === 'waiting' || entry.state === 'editing';
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
      {cancellable && confirming ? (
        <CancelPrompt
          entry={entry}
          label={label}
          onKeep={() => {
            setConfirming(false);
            // back where the person was (the button is drawn again on the next frame)
            requestAnimationFrame(() => cancelButton.current?.focus());
          }}
          onCancel={() => onCancel(entry)}
        />
      ) : (
        <div className="actions outbox-actions">
          {entry.state === 'waiting' ? action('outbox.edit', onReopen) : null}
          {entry.state === 'editing' ? action('outbox.reopen', onReopen) : null}
          {entry.state === 'editing' ? action('outbox.putBack', onPutBack) : null}
          {cancellable ? (
            <ActionButton
              word={t('outbox.cancel')}
              label={label}
              onClick={() => setConfirming(true)}
              ref={cancelButton}
            />
          ) : null}
          {entry.state === 'failed' ? action('outbox.reopen', onReopen) : null}
          {entry.state === 'failed' ? action('outbox.discard', onRemove) : null}
          {entry.state === 'created' ? action('outbox.remove', onRemove) : null}
        </div>
      )}
    </li>
  );
}

/** The visible word first (what voice control users say), then which task it acts on. */
function ActionButton({
  word,
  label,
  onClick,
  ref,
}: {
  word: string;
  label: string;
  onClick(): void;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      type="button"
      className="button button-small"
      ref={ref}
      onClick={onClick}
      aria-label={`${word}: ${label}`}
    >
      {word}
    </button>
  );
}

/** "Cancel" asks first: the safe answer is the one in focus. */
function CancelPrompt({
  entry,
  label,
  onKeep,
  onCancel,
}: {
  entry: OutboxEntry;
  label: string;
  onKeep(): void;
  onCancel(): void;
}) {
  const t = useT();
  // a try that got no answer may have reached the server: cancelling here cannot undo that
  const maybeCreated =
    entry.tries > 0 && (entry.reason?.kind === 'network' || entry.reason?.kind === 'timeout');
  return (
    <ConfirmPrompt
      className="outbox-confirm"
      actionsClassName="actions outbox-actions"
      small
      keepLabel={t('outbox.cancelKeep')}
      onKeep={onKeep}
      confirmLabel={t('outbox.cancelConfirmYes')}
      onConfirm={onCancel}
    >
      {t('outbox.cancelConfirm', { label })}
      {maybeCreated ? ` ${t('outbox.cancelMaybeCreated')}` : ''}
    </ConfirmPrompt>
  );
}

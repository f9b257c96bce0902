import { useId } from 'react';
import { formatClock, useLanguage, useT, type MessageId } from '../../i18n/i18n';
import { isUnsent } from './outbox-types';
import { useOutboxEntries, useSharedOutbox } from './use-outbox';
import './outbox.css';
import '../../i18n/outbox';

/**
 * The connection screen's view of the outbox: every task on this device that is not created yet, of any
 * account (nobody is connected, so none can be told apart), and that they go out once connected.
 * Nothing is sent from here: sending needs the account's token.
 */
export function WaitingOnDevice() {
  const t = useT();
  const { lang } = useLanguage();
  const headingId = useId();
  const unsent = useOutboxEntries(useSharedOutbox()).filter(isUnsent);
  if (unsent.length === 0) return null;
  return (
    <section className="device-outbox" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('outbox.device.heading', { count: unsent.length })}</h2>
      <p className="hint">{t('outbox.device.intro')}</p>
      <ul className="device-outbox-list">
        {unsent.map((e) => (
          <li key={e.id}>
            <span className="outbox-line">
              <span className="outbox-label">{e.label || t('outbox.untitled')}</span>
              <span className={`badge outbox-badge-${e.state}`}>
                {t(`outbox.state.${e.state}` as MessageId)}
              </span>
            </span>
            <span className="outbox-meta">
              {e.flow} · {t('outbox.queuedAt', { time: formatClock(e.queuedAt, lang) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

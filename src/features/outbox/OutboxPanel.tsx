import { useEffect, useId, useRef } from 'react';
import { trimBaseUrl } from '../../api/base-url';
import { useConnection } from '../../api/connection';
import { useT } from '../../i18n/i18n';
import { OutboxItem } from './OutboxItem';
import type { OutboxEntry } from './outbox-types';
import { useAnnouncement } from './use-announcement';
import { useOnline } from '../../api/use-online';
import { useAccount, useOutboxEntries, useOutboxRunner, useSharedOutbox } from './use-outbox';
import './outbox.css';
import '../../i18n/outbox';

interface Props {
  /** an entry is opened in the form (a refused one, or a waiting one to edit); the app knows the form */
  onReopen(entry: OutboxEntry): void;
}

/**
 * The tasks kept on this device until they are created, with their state; also what sends them. Shown
 * while there is something in it, or while the browser is offline (to say where new tasks will go).
 */
export function OutboxPanel({ onReopen }: Props) {
  const t = useT();
  const headingId = useId();
  const { connection } = useConnection();
  const outbox = useSharedOutbox();
  const account = useAccount(connection);
  const runner = useOutboxRunner(outbox, connection, account);
  const online = useOnline();
  const all = useOutboxEntries(outbox);
  const mine = all.filter((e) => e.account === account);
  const others = all.length - mine.length;
  const announcement = useAnnouncement(mine, t);
  const heading = useRef<HTMLHeadingElement>(null);

  // A task just put aside by this tab: take the person to it, the form they were in is now a new one.
  const newest = mine.at(-1);
  const lastNewest = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = newest?.id;
    const queuedHere = newest && Date.now() - newest.queuedAt < 5000 && newest.state === 'waiting';
    if (lastNewest.current !== undefined && id !== lastNewest.current && queuedHere) heading.current?.focus();
    lastNewest.current = id ?? '';
  }, [newest]);

  const waiting = mine.some((e) => e.state === 'waiting' || e.state === 'sending');
  const created = mine.filter((e) => e.state === 'created');
  const visible = mine.length > 0 || !online || others > 0;
  const remove = (e: OutboxEntry) => void outbox?.remove(e.id);
  // Only what is still unsent is cancelled: one that went out meanwhile keeps its new state in view.
  const cancel = (e: OutboxEntry) => {
    const now = outbox?.get(e.id)?.state;
    if (now === 'waiting' || now === 'editing') remove(e);
  };
  const putBack = async (e: OutboxEntry) => {
    await outbox?.update(e.id, { state: 'waiting', nextTryAt: 0 });
    await runner?.flush(true);
  };
  // A token that expired and was replaced names a new account: the person may hand its tasks over,
  // on the same API only (another server is surely another organisation).
  const base = connection && trimBaseUrl(connection.baseUrl);
  const adoptable = all.filter(
    (e) => e.account !== account && e.state !== 'created' && trimBaseUrl(e.baseUrl) === base,
  );
  const adopt = async (e: OutboxEntry) => {
    if (!outbox || !account) return;
    await outbox.update(e.id, { account, state: 'waiting', nextTryAt: 0, reason: undefined });
    await runner?.flush(true);
  };

  return (
    <>
      {/* outside the section, so it is in the page before it speaks, even as the panel appears */}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {visible ? (
        <section className="card outbox" aria-labelledby={headingId}>
          <div className="outbox-head">
            <h2 id={headingId} ref={heading} tabIndex={-1}>
              {t('outbox.heading')}
              {mine.length > 0 ? (
                <>
                  {' '}
                  <span className="outbox-count">({mine.length})</span>
                </>
              ) : null}
            </h2>
            <div className="actions outbox-head-actions">
              {waiting ? (
                <button
                  type="button"
                  className="button button-small"
                  disabled={!online}
                  onClick={() => void runner?.flush(true)}
                >
                  {t('outbox.sendNow')}
                </button>
              ) : null}
              {created.length > 0 ? (
                <button type="button" className="button button-small" onClick={() => created.forEach(remove)}>
                  {t('outbox.clearCreated')}
                </button>
              ) : null}
            </div>
          </div>
          {!online ? <p className="outbox-offline">{t('outbox.offline')}</p> : null}
          {waiting || mine.some((e) => e.state === 'failed' || e.state === 'editing') ? (
            <p className="hint">{t('outbox.intro')}</p>
          ) : null}
          {outbox && !outbox.persistent && mine.length > 0 ? (
            <p className="outbox-warning">{t('outbox.notPersistent')}</p>
          ) : null}
          {mine.length > 0 ? (
            <ul className="outbox-list">
              {mine.map((e) => (
                <OutboxItem
                  key={e.id}
                  entry={e}
                  onReopen={onReopen}
                  onRemove={remove}
                  onCancel={cancel}
                  onPutBack={(entry) => void putBack(entry)}
                />
              ))}
            </ul>
          ) : null}
          {others > 0 ? <p className="hint">{t('outbox.otherAccounts', { count: others })}</p> : null}
          {adoptable.length > 0 ? (
            <details className="outbox-others">
              <summary>{t('outbox.otherAccountsShow')}</summary>
              <p className="hint">{t('outbox.adoptHint')}</p>
              <ul className="outbox-list">
                {adoptable.map((e) => (
                  <li key={e.id} className="outbox-item">
                    <span className="outbox-label">{e.label || t('outbox.untitled')}</span>
                    <p className="outbox-meta">{e.flow}</p>
                    <div className="actions outbox-actions">
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`${t('outbox.adopt')}: ${e.label || t('outbox.untitled')}`}
                        onClick={() => void adopt(e)}
                      >
                        {t('outbox.adopt')}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

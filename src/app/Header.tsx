import { useRef, useState } from 'react';
import { useConnection } from '../api/connection';
import { useOnline } from '../api/use-online';
import { useT } from '../i18n/i18n';
import { DisconnectPrompt } from './DisconnectPrompt';
import { LanguageSwitch } from './LanguageSwitch';
import { waitingCountOf } from './outbox';

function host(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/**
 * Always on screen: the language, whether the device is offline and, once connected, where to and the
 * way out (switch account), which asks first while tasks of this account wait to be sent.
 */
export function Header() {
  const t = useT();
  const { connection, disconnect } = useConnection();
  const online = useOnline();
  // Tasks of this account still to be sent when Disconnect was pressed: asked about first.
  const [waiting, setWaiting] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const leave = async () => {
    if (!connection) return;
    const count = await waitingCountOf(connection);
    if (count > 0) setWaiting(count);
    else disconnect();
  };
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="app-header-inner">
        <p className="brand">{t('app.title')}</p>
        {/* a status, so a screen reader hears the change; said in words, not only by colour */}
        <p className="network-status" role="status">
          {online ? null : <span className="badge badge-offline">{t('app.offline')}</span>}
        </p>
        {connection ? (
          <p className="connected" title={connection.baseUrl}>
            {t('app.connectedTo', { host: host(connection.baseUrl) })}
          </p>
        ) : null}
        <div className="header-actions">
          <LanguageSwitch />
          {connection ? (
            <button type="button" className="button button-small" ref={button} onClick={() => void leave()}>
              {t('app.disconnect')}
            </button>
          ) : null}
        </div>
      </div>
      {connection && waiting !== null ? (
        <div className="app-header-inner">
          <DisconnectPrompt
            count={waiting}
            onStay={() => {
              setWaiting(null);
              button.current?.focus();
            }}
            onDisconnect={() => {
              setWaiting(null);
              disconnect();
            }}
          />
        </div>
      ) : null}
    </header>
  );
}

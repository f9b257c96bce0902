import { useConnection } from '../api/connection';
import { useOnline } from '../api/use-online';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';

function host(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/**
 * Always on screen: the language, whether the device is offline and, once connected, where to and the
 * way out (switch account).
 */
export function Header() {
  const t = useT();
  const { connection, disconnect } = useConnection();
  const online = useOnline();
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
            <button type="button" className="button button-small" onClick={disconnect}>
              {t('app.disconnect')}
            </button>
          ) : null}
        </div>
      </div>
    </header>
  );
}

import { useConnection } from '../api/connection';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';

function host(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/** Always on screen: the language and, once connected, where to and the way out (switch account). */
export function Header() {
  const t = useT();
  const { connection, disconnect } = useConnection();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="app-header-inner">
        <p className="brand">{t('app.title')}</p>
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

import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { trimBaseUrl } from '../../api/base-url';
import { useCheckConnection } from '../../api/check-connection';
import { useConnection, type Connection } from '../../api/connection';
import { useDemoAccount } from '../../api/get-demo';
import { ApiError } from '../../api/http';
import { useOnline } from '../../api/use-online';
import { useT } from '../../i18n/i18n';
import { Alert } from '../../ui/Alert';
import { apiErrorMessage } from '../../ui/api-error-message';
import { defaultBaseUrl, isHttpUrl } from './default-base-url';

interface Props {
  notice?: string;
  /** what waits on this device to be sent once connected (the app's outbox) */
  waiting?: ReactNode;
}

/**
 * Base URL + token, checked by one cheap call before the app uses them; or the demo account in one click.
 * Offline the token cannot be checked: it is taken as it is and checked once the server answers.
 */
export function ConnectionScreen({ notice, waiting }: Props) {
  const t = useT();
  const ids = useId();
  const { connect } = useConnection();
  const check = useCheckConnection();
  const demo = useDemoAccount();
  const online = useOnline();
  const [baseUrl, setBaseUrl] = useState(defaultBaseUrl);
  const [token, setToken] = useState('');
  const [remember, setRemember] = useState(false);
  const [showToken, setShowToken] = useState(false);
  const [touched, setTouched] = useState(false);
  const urlRef = useRef<HTMLInputElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);

  const urlError = touched && !isHttpUrl(baseUrl.trim()) ? t('connection.baseUrlInvalid') : null;
  const tokenError = touched && token.trim() === '' ? t('connection.tokenRequired') : null;

  const attempt = (c: Connection) => {
    if (!online) return connect(c, remember, { unchecked: true });
    check.mutate(c, { onSuccess: (ok) => connect(ok, remember) });
  };
  // No answer at all (not a refusal, nor this page's policy): the person may still go on, unchecked.
  const unanswered =
    check.error instanceof ApiError && check.error.status === 0 && !check.error.refusedByPolicy
      ? check.variables
      : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    const url = trimBaseUrl(baseUrl.trim());
    if (!isHttpUrl(url)) return urlRef.current?.focus();
    if (token.trim() === '') return tokenRef.current?.focus();
    attempt({ baseUrl: url, token: token.trim() });
  };

  const failedUrl = check.variables?.baseUrl ?? baseUrl;
  return (
    <section className="card connection" aria-labelledby={`${ids}-h`}>
      <h1 id={`${ids}-h`}>{t('connection.heading')}</h1>
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      {online ? null : <Alert tone="info">{t('connection.offline')}</Alert>}
      <p className="muted">{t('connection.intro')}</p>
      {waiting}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-url`}>{t('connection.baseUrl')}</label>
          <input
            id={`${ids}-url`}
            ref={urlRef}
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? `${ids}-url-err` : undefined}
          />
          {urlError ? (
            <p id={`${ids}-url-err`} className="field-error">
              {urlError}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-token`}>{t('connection.token')}</label>
          <input
            id={`${ids}-token`}
            ref={tokenRef}
            type={showToken ? 'text' : 'password'}
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-invalid={tokenError ? true : undefined}
            aria-describedby={tokenError ? `${ids}-token-err` : undefined}
          />
          {tokenError ? (
            <p id={`${ids}-token-err`} className="field-error">
              {tokenError}
            </p>
          ) : null}
          <label className="check">
            <input type="checkbox" checked={showToken} onChange={(e) => setShowToken(e.target.checked)} />
            {t('connection.showToken')}
          </label>
        </div>
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              checked={remember}
              onChange={(e) => setRemember(e.target.checked)}
              aria-describedby={`${ids}-remember-hint`}
            />
            {t('connection.remember')}
          </label>
          <p id={`${ids}-remember-hint`} className="hint">
            {t('connection.rememberHint')}
          </p>
        </div>
        {check.isError ? (
          <Alert
            action={
              unanswered ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => connect(unanswered, remember, { unchecked: true })}
                >
                  {t('connection.connectUnchecked')}
                </button>
              ) : undefined
            }
          >
            {apiErrorMessage(t, check.error, failedUrl)}
          </Alert>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={check.isPending}>
            {check.isPending ? t('connection.connecting') : t('connection.connect')}
          </button>
          {demo.data ? (
            <button
              type="button"
              className="button"
              disabled={check.isPending}
              onClick={() => demo.data && attempt(demo.data)}
            >
              {t('connection.useDemo')}
            </button>
          ) : null}
        </div>
        {demo.data ? <p className="hint">{t('connection.demoHint')}</p> : null}
      </form>
    </section>
  );
}

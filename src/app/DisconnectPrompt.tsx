import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n';

/**
 * Disconnect with tasks still to be sent: they are kept, but only this account can send them, so the
 * person is told how many before letting go. Staying is the answer in focus.
 */
export function DisconnectPrompt({
  count,
  onStay,
  onDisconnect,
}: {
  count: number;
  onStay(): void;
  onDisconnect(): void;
}) {
  const t = useT();
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <div
      className="alert alert-info disconnect-prompt"
      role="alertdialog"
      aria-labelledby="disconnect-prompt-text"
    >
      <p className="alert-body" id="disconnect-prompt-text">
        {t('app.disconnectWaiting', { count })}
      </p>
      <div className="alert-action">
        <button type="button" className="button" ref={stay} onClick={onStay}>
          {t('app.stayConnected')}
        </button>{' '}
        <button type="button" className="button" onClick={onDisconnect}>
          {t('app.disconnectAnyway')}
        </button>
      </div>
    </div>
  );
}

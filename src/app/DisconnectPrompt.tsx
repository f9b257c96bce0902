import { useT } from '../i18n/i18n';
import { ConfirmPrompt } from '../ui/ConfirmPrompt';

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
  return (
    <ConfirmPrompt
      className="alert alert-info disconnect-prompt"
      keepLabel={t('app.stayConnected')}
      onKeep={onStay}
      confirmLabel={t('app.disconnectAnyway')}
      onConfirm={onDisconnect}
    >
      {t('app.disconnectWaiting', { count })}
    </ConfirmPrompt>
  );
}

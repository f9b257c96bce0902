import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { checkConnection } from '../api/check-connection';
import { useConnection } from '../api/connection';
import { useOnline } from '../api/use-online';
import { useT } from '../i18n/i18n';
import { Alert } from '../ui/Alert';

/** How often a token taken offline is checked while the browser says it is online but no answer came. */
export const CHECK_EVERY_MS = 15_000;

/**
 * A token taken while offline (decision 030): said so above the workspace, and checked with the same
 * call as the connection screen once the network is back. A 401 goes through the query client like any
 * other (this mutation is not session-neutral), so it ends the session the usual way.
 */
export function ConnectionCheck() {
  const t = useT();
  const { connection, unchecked, confirm } = useConnection();
  const online = useOnline();
  const { mutate } = useMutation({ mutationKey: ['verify-connection'], mutationFn: checkConnection });
  useEffect(() => {
    if (!connection || !unchecked || !online) return undefined;
    const check = () => mutate(connection, { onSuccess: confirm });
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [connection, unchecked, online, mutate, confirm]);
  return unchecked ? <Alert tone="info">{t('app.unchecked')}</Alert> : null;
}

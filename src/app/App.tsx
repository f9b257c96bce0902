import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ConnectionProvider, useConnection, type Connection } from '../api/connection';
import { forgetSavedLists, refetchSavedLists } from '../api/saved-lists';
import { I18nProvider, type Lang } from '../i18n/i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { createQueryClient } from './query-client';
import { Shell } from './Shell';

/** Providers, outermost first: error boundary, language, connection, then the query client that needs it. */
export function App({ lang }: { lang?: Lang }) {
  return (
    <ErrorBoundary>
      <I18nProvider lang={lang}>
        <ConnectionProvider>
          <QueryLayer />
        </ConnectionProvider>
      </I18nProvider>
    </ErrorBoundary>
  );
}

function QueryLayer() {
  const { connection } = useConnection();
  const previousRef = useRef<Connection | null>(connection);
  // The connection a 401 was answered to; a new connect() makes a new object and ends the expiry.
  const [expiredFor, setExpiredFor] = useState<Connection | null>(null);
  const [unauthorized] = useState(() => new EventTarget());
  const [client] = useState(() => createQueryClient(() => unauthorized.dispatchEvent(new Event('401'))));

  useEffect(() => {
    const onExpired = () => setExpiredFor(connection);
    unauthorized.addEventListener('401', onExpired);
    return () => unauthorized.removeEventListener('401', onExpired);
  }, [unauthorized, connection]);

  // Back online: the lists shown from this device are replaced as soon as the network gives fresh ones
  // (TanStack's own reconnect refetch misses a page that was opened offline and never heard "offline").
  useEffect(() => {
    const refresh = () => void refetchSavedLists(client);
    window.addEventListener('online', refresh);
    return () => window.removeEventListener('online', refresh);
  }, [client]);

  useEffect(() => {
    const previous = previousRef.current;
    previousRef.current = connection;
    if (previous === connection) return;
    // Another account or server: nothing cached may leak into it. A reconnect after expiry keeps the
    // data (and so the mounted form) and only refreshes it. Disconnect also forgets the lists this
    // account saved on the device (decision 025); its outbox stays.
    if (connection === null) {
      client.clear();
      if (previous !== null) void forgetSavedLists(previous);
    } else if (previous !== null && previous.baseUrl === connection.baseUrl) void client.invalidateQueries();
  }, [connection, client]);

  return (
    <QueryClientProvider client={client}>
      <Shell expired={connection !== null && expiredFor === connection} />
    </QueryClientProvider>
  );
}

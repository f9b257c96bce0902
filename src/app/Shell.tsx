import { useConnection } from '../api/connection';
import { ConnectionScreen } from '../features/connection/ConnectionScreen';
import { useT } from '../i18n/i18n';
import { ConnectionCheck } from './ConnectionCheck';
import { Header } from './Header';
import { WaitingOnDeviceSlot } from './outbox';
import { Workspace } from './Workspace';

/**
 * Connection screen or workspace. After a 401 the workspace stays mounted but hidden, so whatever was
 * typed is still there once the person has connected again.
 */
export function Shell({ expired }: { expired: boolean }) {
  const t = useT();
  const { connection } = useConnection();
  return (
    <>
      <Header />
      <main id="main" className="page" tabIndex={-1}>
        {connection === null || expired ? (
          <ConnectionScreen
            notice={expired ? t('app.sessionExpired') : undefined}
            waiting={<WaitingOnDeviceSlot />}
          />
        ) : null}
        {connection !== null ? (
          <div hidden={expired}>
            {expired ? null : <ConnectionCheck />}
            <Workspace />
          </div>
        ) : null}
      </main>
    </>
  );
}

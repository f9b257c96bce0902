import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Connection } from '../../api/connection';
import { accountOf } from '../../api/account';
import { createRunner, type Runner } from './outbox-runner';
import { sharedOutbox, type Outbox } from './outbox-store';
import type { OutboxEntry } from './outbox-types';

/** Unsent entries are checked this often (each waits out its own delay, so most checks send nothing). */
export const OUTBOX_TICK_MS = 10_000;

const NONE: readonly OutboxEntry[] = [];
const noSubscribe = () => () => undefined;

/** The tab's outbox once it is open (null for the first moment). */
export function useSharedOutbox(): Outbox | null {
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  useEffect(() => {
    let live = true;
    void sharedOutbox().then((o) => live && setOutbox(o));
    return () => {
      live = false;
    };
  }, []);
  return outbox;
}

export function useOutboxEntries(outbox: Outbox | null): readonly OutboxEntry[] {
  return useSyncExternalStore(outbox?.subscribe ?? noSubscribe, outbox?.entries ?? (() => NONE));
}

export function useAccount(connection: Connection | null): string | null {
  const [account, setAccount] = useState<{ for: Connection; id: string } | null>(null);
  useEffect(() => {
    let live = true;
    if (connection) void accountOf(connection).then((id) => live && setAccount({ for: connection, id }));
    return () => {
      live = false;
    };
  }, [connection]);
  return account && account.for === connection ? account.id : null;
}

/** Sends the outbox of this connection: now (a reload or a crash may have left work), when online, on a timer. */
export function useOutboxRunner(
  outbox: Outbox | null,
  connection: Connection | null,
  account: string | null,
): Runner | null {
  const runner = useMemo(
    () => (outbox && connection && account ? createRunner(outbox, connection, account) : null),
    [outbox, connection, account],
  );
  useEffect(() => {
    if (!runner) return undefined;
    void runner.flush(true);
    const online = () => void runner.flush(true);
    window.addEventListener('online', online);
    const timer = setInterval(() => void runner.flush(), OUTBOX_TICK_MS);
    return () => {
      window.removeEventListener('online', online);
      clearInterval(timer);
    };
  }, [runner]);
  return runner;
}

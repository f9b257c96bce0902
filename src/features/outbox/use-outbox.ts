import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Connection } from '../../api/connection';
import { accountOf } from '../../api/account';
import { useRetryPolicies } from '../../api/retry-context';
import { createRunner, type Runner } from './outbox-runner';
import { sharedOutbox, type Outbox } from './outbox-store';
import type { OutboxEntry } from './outbox-types';

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

/**
 * Sends the outbox of this connection: now (a reload or a crash may have left work), when online, and on
 * a timer. Each entry waits out its own delay; the timer looks for due ones as often as the schedule's
 * first wait, so none is sent much later than the schedule says.
 */
export function useOutboxRunner(
  outbox: Outbox | null,
  connection: Connection | null,
  account: string | null,
): Runner | null {
  const { outbox: schedule } = useRetryPolicies();
  const runner = useMemo(
    () => (outbox && connection && account ? createRunner(outbox, connection, account, { schedule }) : null),
    [outbox, connection, account, schedule],
  );
  useEffect(() => {
    if (!runner) return undefined;
    void runner.flush(true);
    const online = () => void runner.flush(true);
    window.addEventListener('online', online);
    const timer = setInterval(() => void runner.flush(), schedule.baseDelayMs);
    return () => {
      window.removeEventListener('online', online);
      clearInterval(timer);
    };
  }, [runner, schedule]);
  return runner;
}

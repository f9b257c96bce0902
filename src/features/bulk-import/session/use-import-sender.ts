import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useConnection } from '../../../api/connection';
import { useRetryPolicies } from '../../../api/retry-context';
import { sendRows, type RowToSend, type SendDeps, type SendProgress } from './send';
import { openImportStore } from './store';
import type { ImportSession } from './types';

const idle = (total: number): SendProgress => ({
  total,
  done: 0,
  created: 0,
  failed: 0,
  rowsPerSecond: null,
  secondsLeft: null,
  waitingSeconds: null,
  state: 'sending',
});

/**
 * One tab at a time sends an import (Web Locks), from the session as last saved: two tabs cutting the same
 * rows into chunks under different keys would create them twice.
 */
async function sendAlone(session: ImportSession, rows: RowToSend[], deps: SendDeps): Promise<void> {
  const run = async () => {
    const saved = (await deps.store.load(session.id)) ?? session;
    await sendRows(saved, rows, deps);
  };
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return run();
  await locks.request(`taskComposer.import.${session.id}`, { ifAvailable: true }, async (lock) => {
    if (lock) return run();
    deps.onProgress?.({ ...idle(rows.length), state: 'error', elsewhere: true });
  });
}

/** Sends the rows of `session` (send.ts) and tells its progress; `onSession` gets each saved version. */
export function useImportSender(
  session: ImportSession | null,
  onSession: (s: ImportSession) => void,
): { start(rows: RowToSend[]): void; cancel(): void; progress: SendProgress | null } {
  const { connection } = useConnection();
  const { bulk } = useRetryPolicies();
  const store = useMemo(() => openImportStore(), []);
  const [progress, setProgress] = useState<SendProgress | null>(null);
  const running = useRef<AbortController | null>(null);
  const latest = useRef({ session, onSession, connection });
  useEffect(() => {
    latest.current = { session, onSession, connection };
  });
  // Leaving the screen stops sending; a chunk cut off stays to be sent again under its key.
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    (rows: RowToSend[]) => {
      const { session: s, connection: conn } = latest.current;
      // A second press while sending changes nothing: the rows are on their way once.
      if (running.current || !s || !conn) return;
      const controller = new AbortController();
      running.current = controller;
      setProgress(idle(rows.length));
      const deps: SendDeps = {
        conn,
        store,
        policy: bulk,
        signal: controller.signal,
        onProgress: (p) => {
          if (!controller.signal.aborted || p.state === 'stopped') setProgress(p);
        },
        onSession: (next) => latest.current.onSession(next),
      };
      sendAlone(s, rows, deps)
        .catch((error: unknown) =>
          setProgress((p) => ({
            ...(p ?? idle(rows.length)),
            state: 'error',
            error: error instanceof Error ? error.message : String(error),
          })),
        )
        .finally(() => {
          if (running.current === controller) running.current = null;
        });
    },
    [store, bulk],
  );

  const cancel = useCallback(() => running.current?.abort(), []);
  return { start, cancel, progress };
}

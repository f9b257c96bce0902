// The import being worked on, kept in the session store as the person works (debounced), and the
// unfinished import of this account offered again when the screen opens.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { accountOf } from '../../api/account';
import type { Connection } from '../../api/connection';
import { openImportStore } from './session/store';
import type { ImportSession } from './session/types';

const SAVE_AFTER_MS = 400;

/** Something is left to do: rows never sent, or sent and refused. */
export function isUnfinished(s: ImportSession): boolean {
  return s.step !== 'done' || s.rows.some((r) => s.results[r.line]?.ok !== true);
}

export function useImportSession(conn: Connection) {
  const store = useMemo(() => openImportStore(), []);
  const [account, setAccount] = useState<string | null>(null);
  const [offer, setOffer] = useState<ImportSession | null>(null);
  const [session, setSessionState] = useState<ImportSession | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; s: ImportSession } | null>(null);

  useEffect(() => {
    let live = true;
    void accountOf(conn).then(async (a) => {
      const latest = await store.latest(a).catch(() => undefined);
      if (!live) return;
      setAccount(a);
      if (latest && isUnfinished(latest)) setOffer(latest);
    });
    return () => {
      live = false;
    };
  }, [conn, store]);

  const flush = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    void store.save(p.s).catch(() => undefined);
  }, [store]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  /**
   * A new state of the import. While rows are being sent the sender saves each step itself (its chunk
   * records must be on disk before a request leaves), so nothing is saved from here then.
   */
  const setSession = useCallback(
    (next: ImportSession) => {
      const s = { ...next, updatedAt: new Date().toISOString() };
      setSessionState(s);
      if (s.step === 'send') {
        if (pending.current) clearTimeout(pending.current.timer);
        pending.current = null;
        return;
      }
      // At most SAVE_AFTER_MS after the first unsaved change: changes coming faster than that (answers
      // of the place search) must not put the save off for ever.
      if (pending.current) pending.current.s = s;
      else pending.current = { s, timer: setTimeout(flush, SAVE_AFTER_MS) };
    },
    [flush],
  );

  /** Shows `s` without saving it again: the sender has just saved it. */
  const showSaved = useCallback((s: ImportSession) => setSessionState(s), []);

  const discard = useCallback(
    (s: ImportSession) => {
      if (pending.current?.s.id === s.id) {
        clearTimeout(pending.current.timer);
        pending.current = null;
      }
      void store.remove(s.id).catch(() => undefined);
    },
    [store],
  );

  return {
    account,
    store,
    session,
    setSession,
    showSaved,
    offer,
    /** the person answered the offer: take it up (resume) or let it go */
    answerOffer(resume: boolean) {
      if (offer && resume) setSessionState(offer);
      if (offer && !resume) discard(offer);
      setOffer(null);
    },
    /** leaves the current import; a finished one is forgotten, an unfinished one kept to resume */
    close() {
      flush();
      if (session && !isUnfinished(session)) discard(session);
      setSessionState(null);
    },
    persistent: store.persistent,
  };
}

// TEMP stand-in for Part C (import-send): dropped when the real one is merged.
import { useRef, useState } from 'react';
import { useConnection } from '../../../api/connection';
import { sendRows, type SendProgress } from './send';
import { openImportStore } from './store';
import type { ImportSession } from './types';

export function useImportSender(session: ImportSession | null, onSession: (s: ImportSession) => void) {
  const { connection } = useConnection();
  const [progress, setProgress] = useState<SendProgress | null>(null);
  const abort = useRef<AbortController | null>(null);
  return {
    progress,
    start(rows: { line: number; body: Record<string, unknown> }[]) {
      if (!session || !connection) return;
      abort.current = new AbortController();
      void sendRows(session, rows, {
        conn: connection,
        store: openImportStore(),
        signal: abort.current.signal,
        onProgress: setProgress,
        onSession,
      });
    },
    cancel() {
      abort.current?.abort();
    },
  };
}

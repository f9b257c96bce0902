import { useMutation } from '@tanstack/react-query';
import type { Connection } from './connection';
import { apiFetch } from './http';

/** The cheapest authenticated call (one flow, one page): proves the URL is a MileApp API and the token works. */
export async function checkConnection(conn: Connection): Promise<Connection> {
  await apiFetch<unknown>(conn, '/flows?page=1&limit=1', { timeoutMs: 10_000 });
  return conn;
}

export function useCheckConnection() {
  return useMutation({ mutationKey: ['check-connection'], mutationFn: checkConnection });
}

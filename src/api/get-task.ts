import { queryOptions, useQuery } from '@tanstack/react-query';
import { requireConnection, useConnection, type Connection } from './connection';
import { ApiError, apiFetch } from './http';
import { isTask, type Task } from './task';

/** GET /task/{id} → the task (404 "Data not found" becomes an ApiError with status 404). */
export async function getTask(conn: Connection, taskId: string, signal?: AbortSignal): Promise<Task> {
  const res = await apiFetch<{ task?: unknown }>(conn, `/task/${encodeURIComponent(taskId)}`, { signal });
  if (!isTask(res.task))
    throw new ApiError('The server answered without the task', { status: 200, kind: 'http' });
  return res.task;
}

export const taskQueryOptions = (conn: Connection | null, taskId: string | null) =>
  queryOptions({
    queryKey: ['tasks', conn?.baseUrl ?? null, 'one', taskId],
    queryFn: ({ signal }) => getTask(requireConnection(conn), taskId ?? '', signal),
    enabled: conn !== null && !!taskId,
  });

export function useTask(taskId: string | null) {
  const { connection } = useConnection();
  return useQuery(taskQueryOptions(connection, taskId));
}

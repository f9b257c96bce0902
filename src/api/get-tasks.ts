import { queryOptions, useQuery } from '@tanstack/react-query';
import { requireConnection, useConnection, type Connection } from './connection';
import { apiFetch } from './http';
import { isTask, type Task } from './task';

/** The newest tasks first: GET /tasks?sortBy=createdTime&sortOrder=desc. */
export async function getRecentTasks(conn: Connection, limit: number, signal?: AbortSignal): Promise<Task[]> {
  const query = new URLSearchParams({
    sortBy: 'createdTime',
    sortOrder: 'desc',
    limit: String(limit),
    page: '1',
  });
  const res = await apiFetch<{ tasks?: { data?: unknown } }>(conn, `/tasks?${query}`, { signal });
  return Array.isArray(res.tasks?.data) ? res.tasks.data.filter(isTask) : [];
}

export const recentTasksQueryOptions = (conn: Connection | null, limit = 10) =>
  queryOptions({
    queryKey: ['tasks', conn?.baseUrl ?? null, 'recent', limit],
    queryFn: ({ signal }) => getRecentTasks(requireConnection(conn), limit, signal),
    enabled: conn !== null,
  });

export function useRecentTasks(limit = 10) {
  const { connection } = useConnection();
  return useQuery(recentTasksQueryOptions(connection, limit));
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useConnection, requireConnection, type Connection } from './connection';
import { ApiError, apiFetch } from './http';
import { isTask, type Task } from './task';

/** POST /task → the created task (201 `{ status, message, task }`). */
export async function createTask(conn: Connection, body: Record<string, unknown>): Promise<Task> {
  const res = await apiFetch<{ task?: unknown }>(conn, '/task', { method: 'POST', body });
  if (!isTask(res.task)) {
    throw new ApiError('The server answered without the created task', { status: 200, kind: 'http' });
  }
  return res.task;
}

export const createTaskMutationKey = ['create-task'] as const;

export function useCreateTask() {
  const { connection } = useConnection();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: createTaskMutationKey,
    mutationFn: (body: Record<string, unknown>) => createTask(requireConnection(connection), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

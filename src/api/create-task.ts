import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useConnection, requireConnection, type Connection } from './connection';
import { ApiError, apiFetch } from './http';
import { IDEMPOTENCY_HEADER } from './idempotency-key';
import { withRetry, type AttemptInfo } from './retry';
import { useRetryPolicies } from './retry-context';
import type { RetryPolicy } from './retry-policy';
import { isTask, type Task } from './task';

export interface CreateOptions {
  /** one per task the person means to create; the server answers a repeat with the original task */
  idempotencyKey?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** POST /task → the created task (201 `{ status, message, task }`), one try. */
export async function createTask(
  conn: Connection,
  body: Record<string, unknown>,
  opts: CreateOptions = {},
): Promise<Task> {
  const res = await apiFetch<{ task?: unknown }>(conn, '/task', {
    method: 'POST',
    body,
    signal: opts.signal,
    timeoutMs: opts.timeoutMs,
    headers: opts.idempotencyKey ? { [IDEMPOTENCY_HEADER]: opts.idempotencyKey } : undefined,
  });
  if (!isTask(res.task)) {
    throw new ApiError('The server answered without the created task', { status: 200, kind: 'http' });
  }
  return res.task;
}

export interface CreateRequest {
  body: Record<string, unknown>;
  idempotencyKey: string;
  /** told before each try, so the form can say "trying again (2 of 4)" */
  onAttempt?(info: AttemptInfo): void;
}

/** POST /task, asked again as `policy` says, every try under the same key. */
export function createTaskWithRetry(
  conn: Connection,
  req: CreateRequest,
  policy: RetryPolicy,
  signal?: AbortSignal,
): Promise<Task> {
  return withRetry(() => createTask(conn, req.body, { idempotencyKey: req.idempotencyKey, signal }), policy, {
    signal,
    onAttempt: req.onAttempt,
  });
}

export const createTaskMutationKey = ['create-task'] as const;

export function useCreateTask() {
  const { connection } = useConnection();
  const queryClient = useQueryClient();
  const { create } = useRetryPolicies();
  return useMutation({
    mutationKey: createTaskMutationKey,
    mutationFn: (req: CreateRequest) => createTaskWithRetry(requireConnection(connection), req, create),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useConnection } from '../../api/connection';
import { taskQueryOptions } from '../../api/get-task';
import type { Task } from '../../api/task';

interface Opening {
  /** the id being fetched */
  busy?: string;
  error?: unknown;
  /** the flow of a task that was fetched but cannot be shown */
  missingFlow?: string;
}

/**
 * Opens a listed task: fetches it whole (GET /task/{id}: a list item may be a projection) and hands it to
 * `onOpen`, which answers false when it cannot show it (its flow is not in the list).
 */
export function useOpenTask(onOpen: ((task: Task) => boolean) | undefined) {
  const client = useQueryClient();
  const { connection } = useConnection();
  const [state, setState] = useState<Opening>({});
  const open = async (id: string) => {
    if (!onOpen) return;
    setState({ busy: id });
    try {
      const task = await client.fetchQuery(taskQueryOptions(connection, id));
      setState(onOpen(task) ? {} : { missingFlow: String(task.flow ?? '') });
    } catch (error) {
      setState({ error });
    }
  };
  return { ...state, open };
}

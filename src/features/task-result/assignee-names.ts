import { useQueries } from '@tanstack/react-query';
import { useConnection } from '../../api/connection';
import { usersQueryOptions } from '../../api/get-users';
import type { Task } from '../../api/task';

/** A task's assignees: the emails MileApp stores, in order. */
export function assigneesOf(task: Task): string[] {
  return Array.isArray(task.assignee) ? task.assignee.map(String) : [];
}

/**
 * Email → name from the user lists of the tasks' hubs (an assignee belongs to the task's hub). The lists
 * are the assignee picker's queries, so they usually come from the cache, or offline from this device's
 * saved lists; an email whose person is not (or not yet) listed stays an email.
 */
export function useAssigneeNames(tasks: readonly Task[]): (email: string) => string {
  const { connection } = useConnection();
  const hubs = [
    ...new Set(
      tasks
        .filter((t) => assigneesOf(t).length > 0 && typeof t.hubId === 'string')
        .map((t) => t.hubId as string),
    ),
  ];
  const lists = useQueries({ queries: hubs.map((hubId) => usersQueryOptions(connection, hubId)) });
  const names = new Map<string, string>();
  for (const list of lists)
    for (const user of list.data ?? []) names.set(user.email.toLowerCase(), user.name);
  return (email) => names.get(email.toLowerCase()) ?? email;
}

// What a user may reach inside their organisation (docs/decisions/049): MileApp gives every user the
// hubs they belong to (`hubId[]`), limits GET /tasks to what the user may see, and lets every assignee
// of a task see it. So an admin or owner reaches the whole organisation, anyone else only their hubs,
// and a field user (`isFieldUser`) only the tasks assigned to them among those.
import type { AuthUser, Directory, TaskDoc } from '../store/types';

const WHOLE_ORGANISATION = new Set(['admin', 'owner']);

export const isFieldUser = (user: AuthUser) => user.role === 'field';

/** The hubs of `dir` the user may use: all for an admin or owner, else the user's own. */
export function userHubs(user: AuthUser, dir: Directory): Set<string> {
  if (WHOLE_ORGANISATION.has(user.role)) return new Set(dir.hubsById.keys());
  return new Set(user.hubIds.filter((h) => dir.hubsById.has(h)));
}

/** The part of the organisation's tasks the user may read, as GET /tasks filters. */
export interface TaskScope {
  /** only tasks of these hubs; absent = every hub */
  hubIds?: string[];
  /** only tasks assigned to this email */
  assignee?: string;
}

export function taskScope(user: AuthUser, dir: Directory): TaskScope {
  const scope: TaskScope = {};
  if (!WHOLE_ORGANISATION.has(user.role)) scope.hubIds = [...userHubs(user, dir)];
  if (isFieldUser(user)) scope.assignee = user.email;
  return scope;
}

export function mayRead(scope: TaskScope, task: TaskDoc): boolean {
  if (scope.hubIds !== undefined && !scope.hubIds.includes(task.hubId)) return false;
  if (scope.assignee === undefined) return true;
  const email = scope.assignee.toLowerCase();
  return Array.isArray(task.assignee) && task.assignee.some((a) => String(a).toLowerCase() === email);
}

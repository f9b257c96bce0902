// POST /tasks/bulk/ (mileapp-api.md §3): every item stands alone; the accepted ones are stored in one
// transaction (docs/decisions/011-bulk-semantics.md).
import type { AuthUser, Directory, TaskDoc } from '../store/types';
import { failure, type Failure } from '../http/envelope';
import { createTask } from './create';

export const MAX_BULK = 2000;

export type BulkItem =
  | { status: true; message: string; _id: string; refId?: string }
  | { status: false; message: string; failedCode: string; errors: Record<string, string[]>; refId?: string };

/** The envelope's own problems, before any item is looked at: a 400 for the whole request. */
export function checkBulkBody(body: unknown): Failure | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return failure('The request body must be a JSON object.', 'task-003', {
      body: ['The request body must be a JSON object.'],
    });
  const { tasks, background } = body as { tasks?: unknown; background?: unknown };
  const bad = (field: string, code: string, message: string) =>
    failure(message, code, { [field]: [message] });
  if (tasks === undefined || tasks === null || (Array.isArray(tasks) && tasks.length === 0))
    return bad('tasks', 'task-001', 'The tasks field is required.');
  if (!Array.isArray(tasks)) return bad('tasks', 'task-011', 'The tasks must be an array.');
  if (tasks.length > MAX_BULK)
    return bad('tasks', 'task-040', `The tasks must not have more than ${MAX_BULK} items.`);
  if (background !== undefined && typeof background !== 'boolean')
    return bad('background', 'task-010', 'The background field must be true or false.');
  return undefined;
}

function refIdOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !Object.hasOwn(item, 'refId')) return undefined;
  const refId = (item as { refId?: unknown }).refId;
  return typeof refId === 'string' ? refId : undefined;
}

export function createBulk(
  dir: Directory,
  user: AuthUser,
  items: unknown[],
  now: Date,
  nextOrderIndex: (now: Date) => number,
): { accepted: TaskDoc[]; results: BulkItem[] } {
  const accepted: TaskDoc[] = [];
  const results: BulkItem[] = items.map((item) => {
    const r = createTask(dir, user, item, now, nextOrderIndex);
    const refId = refIdOf(item);
    const ref = refId === undefined ? {} : { refId };
    if (!r.ok) {
      const { message, failedCode, errors } = r.envelope;
      return { status: false, message, failedCode, errors, ...ref };
    }
    accepted.push(r.task);
    return { status: true, message: 'Task has been created', _id: r.task._id, ...ref };
  });
  return { accepted, results };
}

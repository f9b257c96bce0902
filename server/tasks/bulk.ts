// POST /tasks/bulk/ (mileapp-api.md §3): every item stands alone; the accepted ones are stored in one
// transaction (docs/decisions/011-bulk-semantics.md).
import type { AuthUser, Directory, TaskDoc } from '../store/types';
import { createTask } from './create';

export const MAX_BULK = 2000;

export type BulkItem =
  | { status: true; message: string; _id: string; refId?: string }
  | { status: false; message: string; failedCode: string; errors: Record<string, string[]>; refId?: string };

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

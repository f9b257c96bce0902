// POST /tasks/bulk/ (mileapp-api.md §3): every item stands alone; the accepted ones are stored in one
// transaction (docs/decisions/011-bulk-semantics.md).
import type { AuthUser, Directory, TaskDoc } from '../store/types';
import { createTask } from './create';

export const MAX_BULK = 2000;
/**
 * Error messages listed in one bulk answer, over all its items: past them a refused item keeps its
 * message and code but lists no errors, so the answer stays around a megabyte (decision 046).
 */
export const MAX_BULK_LISTED_ERRORS = 1000;

function listedWithin(errors: Record<string, string[]>, budget: { left: number }): Record<string, string[]> {
  const out = Object.create(null) as Record<string, string[]>;
  for (const [k, messages] of Object.entries(errors)) {
    if (budget.left <= 0) break;
    out[k] = messages.slice(0, budget.left);
    budget.left -= out[k].length;
  }
  return out;
}

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
): { accepted: TaskDoc[]; results: BulkItem[]; /** of the accepted tasks as stored */ bytes: number } {
  const accepted: TaskDoc[] = [];
  const budget = { left: MAX_BULK_LISTED_ERRORS };
  let bytes = 0;
  const results: BulkItem[] = items.map((item) => {
    const r = createTask(dir, user, item, now, nextOrderIndex);
    const refId = refIdOf(item);
    const ref = refId === undefined ? {} : { refId };
    if (!r.ok) {
      const { message, failedCode, errors } = r.envelope;
      return { status: false, message, failedCode, errors: listedWithin(errors, budget), ...ref };
    }
    accepted.push(r.task);
    bytes += r.doc.length;
    return { status: true, message: 'Task has been created', _id: r.task._id, ...ref };
  });
  return { accepted, results, bytes };
}

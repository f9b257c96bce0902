// POST /task and each item of POST /tasks/bulk/: validate with src/flow, then build the document.
// Nothing here writes: the caller stores the accepted tasks (one transaction per request).
import { toErrorEnvelope } from '../../src/flow/messages';
import { validateTaskBody } from '../../src/flow/validate';
import { userHubs } from '../http/access';
import type { AuthUser, Directory, TaskDoc } from '../store/types';
import { buildTask } from './build-task';
import { taskContext } from './context';
import { MAX_TASK_BYTES, shortened, sizeRefusal, taskTooLarge, type Refusal } from './limits';

export type CreateResult =
  | { ok: true; task: TaskDoc; /** the task as stored: JSON.stringify(task) */ doc: string }
  | { ok: false; envelope: Refusal; /** 403 when the hub is not the user's, else 400 */ status: number };

/** A hub of the organisation the user does not belong to (decision 049): 403 task-035. */
function forbiddenHub(hubId: string): Refusal {
  const message = `You may not create tasks at the hub "${hubId}": it is not one of your hubs.`;
  return { status: false, message, failedCode: 'task-035', errors: { hubId: [message] } };
}

/**
 * A 400 lists at most this many errors: a body of a few MB with hundreds of thousands of unknown keys
 * would otherwise take seconds to answer and answer several times its size (docs/decisions/021).
 */
const MAX_LISTED_ERRORS = 100;

/** Epoch-based and strictly increasing, like MileApp's (169744041128541): ms × 100 plus a counter. */
export function orderIndexer(): (now: Date) => number {
  let last = 0;
  return (now) => (last = Math.max(now.getTime() * 100, last + 1));
}

export function createTask(
  dir: Directory,
  user: AuthUser,
  body: unknown,
  now: Date,
  nextOrderIndex: (now: Date) => number,
): CreateResult {
  const tooBig = sizeRefusal(body);
  if (tooBig !== undefined) return { ok: false, envelope: tooBig, status: 400 };
  const hubId = (body as { hubId?: unknown } | null)?.hubId;
  if (typeof hubId === 'string' && dir.hubsById.has(hubId) && !userHubs(user, dir).has(hubId))
    return { ok: false, envelope: forbiddenHub(hubId), status: 403 };
  const ctx = taskContext(dir, () => now);
  const errors = validateTaskBody(body, ctx);
  const record = body as Record<string, unknown>;
  const flow = errors.length === 0 ? dir.flowsByName.get(record.flow as string) : undefined;
  const hub = errors.length === 0 ? dir.hubsById.get(record.hubId as string) : undefined;
  if (flow === undefined || hub === undefined) {
    const known = typeof record?.flow === 'string' ? dir.flowsByName.get(record.flow)?.spec : undefined;
    return { ok: false, envelope: shortened(toErrorEnvelope(errors, known, MAX_LISTED_ERRORS)), status: 400 };
  }
  const task = buildTask({ body: record, flow, hub, user, now, orderIndex: nextOrderIndex(now) });
  const doc = JSON.stringify(task);
  if (Buffer.byteLength(doc, 'utf8') > MAX_TASK_BYTES)
    return { ok: false, envelope: taskTooLarge(), status: 400 };
  return { ok: true, task, doc };
}

// Size limits of one task (docs/decisions/046). Checked before validation, so that a body built to be
// expensive (a key of megabytes, a value of megabytes, an assignee list of 190,000 items) is refused
// at the cost of a look at its sizes, and every refusal is short whatever was sent.
import type { ErrorEnvelope } from '../../src/flow/messages';

/** MileApp's 400 envelope, or one of the server's own refusals in the same shape. */
export type Refusal = Omit<ErrorEnvelope, 'failedCode'> & { failedCode: string };

/** One value of a task body, as UTF-8 JSON. No field kind the API takes needs more (decision 046). */
export const MAX_VALUE_BYTES = 64 * 1024;
/** A key longer than this is no component id of any flow. */
export const MAX_KEY_LENGTH = 200;
/** Items of `assignee` as sent, before repeats are dropped. */
export const MAX_ASSIGNEES = 100;
/** Bodies: POST /tasks/bulk/ takes up to 8 MiB (2,000 tasks), POST /task far less, the rest less still. */
export const BULK_BODY_LIMIT = 8 * 1024 * 1024;
export const TASK_BODY_LIMIT = 512 * 1024;
export const OTHER_BODY_LIMIT = 1024 * 1024;
/** The stored task document (values shown as title or content are stored twice). */
export const MAX_TASK_BYTES = 256 * 1024;
/** Keys and messages echoed in an error answer are cut to these lengths. */
const MAX_ECHOED_KEY = 100;
const MAX_MESSAGE = 300;

const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n)}…`);

function tooLarge(field: string, message: string): Refusal {
  const key = cut(field, MAX_ECHOED_KEY);
  return { status: false, message, failedCode: 'task-040', errors: { [key]: [message] } };
}

function byteSize(v: unknown): number {
  if (typeof v === 'string') return Buffer.byteLength(v, 'utf8');
  if (typeof v !== 'object' || v === null) return 0;
  return Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
}

/** The first size limit `body` breaks, or undefined. Bodies that are not objects are validation's. */
export function sizeRefusal(body: unknown): Refusal | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  for (const key in body) {
    if (key.length > MAX_KEY_LENGTH)
      return tooLarge(key, `A field name must not be longer than ${MAX_KEY_LENGTH} characters.`);
    const value = (body as Record<string, unknown>)[key];
    if (key === 'assignee' && Array.isArray(value) && value.length > MAX_ASSIGNEES)
      return tooLarge(key, `The assignee must not have more than ${MAX_ASSIGNEES} items.`);
    if (byteSize(value) > MAX_VALUE_BYTES)
      return tooLarge(key, `The ${cut(key, MAX_ECHOED_KEY)} must not be larger than 64 KB.`);
  }
  return undefined;
}

export function taskTooLarge(): Refusal {
  return tooLarge('body', 'The task must not be larger than 256 KB as stored.');
}

/** An error answer no longer than its limits: keys and messages cut, as a client shows them. */
export function shortened(r: Refusal): Refusal {
  const errors = Object.create(null) as Record<string, string[]>;
  for (const [k, messages] of Object.entries(r.errors))
    errors[cut(k, MAX_ECHOED_KEY)] = messages.map((m) => cut(m, MAX_MESSAGE));
  return { ...r, message: cut(r.message, MAX_MESSAGE), errors };
}

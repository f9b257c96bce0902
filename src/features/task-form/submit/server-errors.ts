import { ApiError } from '../../../api/http';
import type { FormModel } from '../form-model';

export type Failure =
  /** a 400 whose errors landed on fields; `other` holds messages for keys the form has no field for */
  | { kind: 'fields'; other: string[] }
  | { kind: 'rejected'; message: string }
  | { kind: 'unauthorized' }
  /** worth trying again as is: rate limit, network, timeout, server error */
  | { kind: 'retry'; error: unknown };

export interface FieldMessage {
  name: string;
  message: string;
}

/** Sorts a failed POST /task into what the form shows, and the messages that belong on its fields. */
export function classifyFailure(
  error: unknown,
  model: FormModel,
): { failure: Failure; fields: FieldMessage[] } {
  if (!(error instanceof ApiError)) return { failure: { kind: 'retry', error }, fields: [] };
  if (error.status === 401) return { failure: { kind: 'unauthorized' }, fields: [] };
  if (error.status === 400 || error.status === 422) {
    const fields: FieldMessage[] = [];
    const other: string[] = [];
    for (const [key, messages] of Object.entries(error.errors ?? {})) {
      const name = model.nameOfBodyKey(key);
      const text = messages.join(' ');
      if (name) fields.push({ name, message: text });
      else other.push(text);
    }
    if (fields.length === 0 && other.length === 0)
      return { failure: { kind: 'rejected', message: error.message }, fields };
    return { failure: { kind: 'fields', other }, fields };
  }
  if (error.status >= 400 && error.status < 500 && error.status !== 429 && error.status !== 408)
    return { failure: { kind: 'rejected', message: error.message }, fields: [] };
  return { failure: { kind: 'retry', error }, fields: [] };
}

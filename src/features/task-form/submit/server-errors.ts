import { ApiError } from '../../../api/http';
import type { FormModel } from '../form-model';

export type Failure =
  /** a 400 whose errors landed on fields; `other` holds messages for keys the form has no field for */
  | { kind: 'fields'; other: string[] }
  | { kind: 'rejected'; message: string }
  | { kind: 'unauthorized' }
  /** 409: this attempt's key was already used for a task with other values */
  | { kind: 'conflict' }
  /** it could neither be sent nor kept in the outbox (storage refused) */
  | { kind: 'queueFailed' }
  /** worth trying again as is: rate limit, network, timeout, server error */
  | { kind: 'retry'; error: unknown };

export interface FieldMessage {
  name: string;
  message: string;
}

/** The `errors` of a 400 as form names (for the fields) and the messages of keys without a field. */
export function fieldErrors(
  errors: Record<string, string[]> | undefined,
  model: FormModel,
): { fields: FieldMessage[]; other: string[] } {
  const fields: FieldMessage[] = [];
  const other: string[] = [];
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const name = model.nameOfBodyKey(key);
    const text = messages.join(' ');
    if (name) fields.push({ name, message: text });
    else other.push(text);
  }
  return { fields, other };
}

/** Sorts a failed POST /task into what the form shows, and the messages that belong on its fields. */
export function classifyFailure(
  error: unknown,
  model: FormModel,
): { failure: Failure; fields: FieldMessage[] } {
  if (!(error instanceof ApiError)) return { failure: { kind: 'retry', error }, fields: [] };
  if (error.status === 401) return { failure: { kind: 'unauthorized' }, fields: [] };
  if (error.status === 409) return { failure: { kind: 'conflict' }, fields: [] };
  if (error.status === 400 || error.status === 422) {
    const { fields, other } = fieldErrors(error.errors, model);
    if (fields.length === 0 && other.length === 0)
      return { failure: { kind: 'rejected', message: error.message }, fields };
    return { failure: { kind: 'fields', other }, fields };
  }
  if (error.status >= 400 && error.status < 500 && error.status !== 429 && error.status !== 408)
    return { failure: { kind: 'rejected', message: error.message }, fields: [] };
  return { failure: { kind: 'retry', error }, fields: [] };
}

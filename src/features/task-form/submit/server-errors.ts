import { classify } from '../../../api/failure';
import type { FormModel } from '../model/form-model';

export type Failure =
  /** a 400 whose errors landed on fields; `other` holds messages for keys the form has no field for */
  | { kind: 'fields'; other: string[] }
  | { kind: 'rejected'; message: string }
  | { kind: 'unauthorized' }
  /** 409: this attempt's key was already used for a task with other values */
  | { kind: 'conflict' }
  /** 409 from the UPSTREAM gateway: an earlier try may have created it in MileApp; check before sending */
  | { kind: 'maybeCreated' }
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
  const failure = classify(error);
  switch (failure.kind) {
    case 'unauthorized':
      return { failure: { kind: 'unauthorized' }, fields: [] };
    case 'conflict':
      return { failure: { kind: 'conflict' }, fields: [] };
    case 'maybe-created':
      return { failure: { kind: 'maybeCreated' }, fields: [] };
    case 'invalid-body': {
      const { fields, other } = fieldErrors(failure.errors, model);
      if (fields.length === 0 && other.length === 0)
        return { failure: { kind: 'rejected', message: failure.message }, fields };
      return { failure: { kind: 'fields', other }, fields };
    }
    case 'refused-body':
      return { failure: { kind: 'rejected', message: failure.message }, fields: [] };
    case 'unreachable':
    case 'timeout':
    case 'server':
    case 'rate-limited':
    case 'unexpected':
      return { failure: { kind: 'retry', error }, fields: [] };
  }
}

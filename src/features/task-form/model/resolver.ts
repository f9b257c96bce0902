// The form is checked by the server's own rules: the body the form would send goes through
// validateTaskBody, so what passes here passes POST /task (apart from what only the server knows).
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { FieldError, MessageKey } from '../../../flow/types';
import { validateTaskBody, type TaskContext } from '../../../flow/validate';
import { bodyOf } from './build-body';
import { encodeFlowError } from './error-codec';
import type { FormModel, FormShape } from './form-model';
import { unconfirmedZeros, type ZeroConfirmations } from './zero-confirmations';

/**
 * The names of the form's date and time inputs that hold a half-typed value (`12/07/yyyy`, `08:--`).
 * The browser reports such an input's value as '' (as if empty), so only the element can tell.
 */
export function halfTypedInputs(form: HTMLFormElement | null): string[] {
  if (!form) return [];
  const names: string[] = [];
  for (const el of form.querySelectorAll<HTMLInputElement>(
    'input[type=date],input[type=time],input[type=datetime-local]',
  ))
    if (el.validity.badInput && el.name !== '') names.push(el.name);
  return names;
}

/** Something typed that is not (yet) a value of the form, so sending now would silently leave it out. */
export interface Unfinished {
  /** the form name it belongs to */
  name: string;
  key: Extract<MessageKey, 'incomplete' | 'notChosen'>;
  params?: Record<string, string>;
}

export function createResolver(
  model: FormModel,
  unfinished: () => readonly Unfinished[],
  zone: () => string | undefined,
  zeros: ZeroConfirmations,
): Resolver<FormShape> {
  const ctx: TaskContext = {
    findFlow: (name) => (name === model.flow.name ? model.flow : undefined),
    // Hubs and assignees can only be picked from the server's own lists; the server re-checks them.
    hubExists: () => true,
    isAssignable: () => true,
  };
  return (values) => {
    const errors: Record<string, unknown> = {};
    const put = (name: string, e: FieldError) => {
      const [head, tail] = name.startsWith('v.') ? ['v', name.slice(2)] : [name, undefined];
      if (tail === undefined) errors[head] ??= encodeFlowError(e);
      else {
        const group = (errors.v ??= {}) as Record<string, unknown>;
        group[tail] ??= encodeFlowError(e);
      }
    };
    // First, so that a half-typed date is called incomplete rather than missing.
    for (const u of unfinished())
      put(u.name, { field: u.name, code: 'task-003', key: u.key, params: u.params });
    const body = bodyOf(model, values, zone());
    // a field's first error wins: a format error before the question about 0,0
    for (const e of [...validateTaskBody(body, ctx), ...unconfirmedZeros(model, body, zeros)]) {
      const name = model.nameOfBodyKey(e.field);
      if (name !== undefined) put(name, e);
    }
    const hasErrors = Object.keys(errors).length > 0;
    return hasErrors ? { values: {}, errors: errors as FieldErrors<FormShape> } : { values, errors: {} };
  };
}

// The form is checked by the server's own rules: the body the form would send goes through
// validateTaskBody, so what passes here passes POST /task (apart from what only the server knows).
import type { FieldErrors, Resolver } from 'react-hook-form';
import { validateTaskBody, type TaskContext } from '../../flow/validate';
import { bodyOf } from './build-body';
import { encodeFlowError } from './error-codec';
import type { FormModel, FormShape } from './form-model';

export function createResolver(model: FormModel): Resolver<FormShape> {
  const ctx: TaskContext = {
    findFlow: (name) => (name === model.flow.name ? model.flow : undefined),
    // Hubs and assignees can only be picked from the server's own lists; the server re-checks them.
    hubExists: () => true,
    isAssignable: () => true,
  };
  return (values) => {
    const errors: Record<string, unknown> = {};
    for (const e of validateTaskBody(bodyOf(model, values), ctx)) {
      const name = model.nameOfBodyKey(e.field);
      if (name === undefined) continue;
      const [head, tail] = name.startsWith('v.') ? ['v', name.slice(2)] : [name, undefined];
      if (tail === undefined) errors[head] ??= encodeFlowError(e);
      else {
        const group = (errors.v ??= {}) as Record<string, unknown>;
        group[tail] ??= encodeFlowError(e);
      }
    }
    const hasErrors = Object.keys(errors).length > 0;
    return hasErrors ? { values: {}, errors: errors as FieldErrors<FormShape> } : { values, errors: {} };
  };
}

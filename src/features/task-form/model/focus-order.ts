import { get, type FieldErrors } from 'react-hook-form';
import { META_NAMES, type FormModel, type FormShape } from './form-model';

/** Form names in the order they appear on screen: the task's fixed keys, then the flow's components. */
export function namesInOrder(model: FormModel): string[] {
  const names: string[] = [...META_NAMES];
  for (const f of model.flow.fields) {
    const name = model.nameOf(f.id);
    if (name) names.push(name);
    const unit = model.unitNameOf(f.id);
    if (unit) names.push(unit);
  }
  return names;
}

export function firstError(order: readonly string[], errors: FieldErrors<FormShape>): string | undefined {
  return order.find((name) => get(errors, name) !== undefined);
}

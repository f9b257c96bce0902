import type { FieldProps } from './field-props';
import { InputField } from './InputField';

/** datetime-local; form-values.ts turns its `Y-m-dTH:i` into MileApp's `Y-m-d H:i:s`. */
export function DatetimeField(props: FieldProps) {
  return <InputField {...props} type="datetime-local" step={1} />;
}

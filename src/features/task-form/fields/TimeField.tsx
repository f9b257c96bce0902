import type { FieldProps } from './field-props';
import { InputField } from './InputField';

export function TimeField(props: FieldProps) {
  return <InputField {...props} type="time" />;
}

import type { FieldProps } from './field-props';
import { InputField } from './InputField';

export function DateField(props: FieldProps) {
  return <InputField {...props} type="date" />;
}

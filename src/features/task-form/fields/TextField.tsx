import type { FieldProps } from './field-props';
import { InputField } from './InputField';

export function TextField(props: FieldProps) {
  return <InputField {...props} />;
}

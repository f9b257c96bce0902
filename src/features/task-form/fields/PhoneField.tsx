import type { FieldProps } from './field-props';
import { InputField } from './InputField';

export function PhoneField(props: FieldProps) {
  return <InputField {...props} type="tel" inputMode="tel" />;
}

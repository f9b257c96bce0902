import type { FieldProps } from './field-props';
import { InputField } from './InputField';

export function UrlField(props: FieldProps) {
  return <InputField {...props} type="url" inputMode="url" />;
}

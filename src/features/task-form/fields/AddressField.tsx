import type { FieldProps } from './field-props';
import { InputField } from './InputField';

/** Addresses run over several lines (street, district, city). */
export function AddressField(props: FieldProps) {
  return <InputField {...props} multiline autoComplete="street-address" />;
}

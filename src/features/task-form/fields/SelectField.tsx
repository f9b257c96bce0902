import type { FieldProps } from './field-props';
import { CheckboxGroupField } from './CheckboxGroupField';
import { DropdownField } from './DropdownField';

/** One choice: a dropdown; several (`max` > 1, or a checkbox select without a limit): checkboxes. */
export function SelectField(props: FieldProps) {
  return props.field.multiple ? <CheckboxGroupField {...props} /> : <DropdownField {...props} />;
}

import type { FieldSpec } from '../../../flow/types';
import type { FormError } from '../model/error-store';

/** What the registry gives every field component. */
export interface FieldProps {
  field: FieldSpec;
  /** react-hook-form name (`v.f3`), undefined for kinds that hold no value */
  name: string;
  /** shown by an onSelect `show` rule: visible, not editable */
  readOnly: boolean;
  /** react-hook-form's error of `name`, handed down by the field list (which listens to the errors) */
  error?: FormError;
}

import type { FieldSpec } from '../../../flow/types';

/** What the registry gives every field component. */
export interface FieldProps {
  field: FieldSpec;
  /** react-hook-form name (`v.f3`), undefined for kinds that hold no value */
  name: string;
  /** shown by an onSelect `show` rule: visible, not editable */
  readOnly: boolean;
}

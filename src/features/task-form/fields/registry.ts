// rjsf-style registry: every field kind (src/flow/field-kinds.ts) → the one small component that renders
// it, whether its value is one plain input, and how wide its row is. A complete Record: a new kind does
// not compile until it has an entry here (docs/architecture.md, "Add a field kind").
import { memo, type ComponentType } from 'react';
import { hasUnits } from '../../../flow/compile';
import type { FieldKind, FieldSpec } from '../../../flow/types';
import { AddressField } from './AddressField';
import { CurrencyField } from './CurrencyField';
import { DateField } from './DateField';
import { DatetimeField } from './DatetimeField';
import type { FieldProps } from './field-props';
import { GeolocationField } from './GeolocationField';
import { MobileField } from './MobileField';
import { NumberField } from './NumberField';
import { PhoneField } from './PhoneField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { TimeField } from './TimeField';
import { UnsupportedField } from './UnsupportedField';
import { UrlField } from './UrlField';
import { ViewField } from './ViewField';

interface FieldView {
  component: ComponentType<FieldProps>;
  /**
   * The value is one plain registered input (fields/InputField.tsx, or a number's value input): an empty
   * one needs no default written into it when the form mounts (FormModel.withoutEmptyInputs).
   */
  plainInput: boolean;
  /**
   * Whether the row takes the whole width of the two-column field grid (its root carries `field-wide`,
   * `choices` or `number-row`, task-form.css). A test renders every kind to keep this and the classes equal.
   */
  wide: boolean | ((field: FieldSpec, withMap: boolean) => boolean);
}

export const registry: Record<FieldKind, FieldView> = {
  text: { component: TextField, plainInput: true, wide: false },
  address: { component: AddressField, plainInput: true, wide: true },
  phone: { component: PhoneField, plainInput: true, wide: false },
  url: { component: UrlField, plainInput: true, wide: false },
  number: { component: NumberField, plainInput: true, wide: (f) => hasUnits(f) },
  currency: { component: CurrencyField, plainInput: true, wide: false },
  date: { component: DateField, plainInput: true, wide: false },
  datetime: { component: DatetimeField, plainInput: true, wide: false },
  time: { component: TimeField, plainInput: true, wide: false },
  geolocation: { component: GeolocationField, plainInput: false, wide: (_f, withMap) => withMap },
  select: { component: SelectField, plainInput: false, wide: (f) => f.multiple === true },
  view: { component: ViewField, plainInput: false, wide: false },
  mobile: { component: MobileField, plainInput: false, wide: false },
  unsupported: { component: UnsupportedField, plainInput: false, wide: false },
};

const rows = new Map<FieldKind, ComponentType<FieldProps>>();

/**
 * The kind's component as a row of the field list: memoised, so it re-renders only when its own props
 * (its rule state, its error) change, never because another field's did.
 */
export function rowFor(kind: FieldKind): ComponentType<FieldProps> {
  let row = rows.get(kind);
  if (!row) {
    row = memo(registry[kind].component);
    rows.set(kind, row);
  }
  return row;
}

/** Whether the field's row takes the whole width of the grid (see FieldView.wide). */
export function spansRow(field: FieldSpec, withMap: boolean): boolean {
  const { wide } = registry[field.kind];
  return typeof wide === 'function' ? wide(field, withMap) : wide;
}

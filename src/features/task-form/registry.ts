// rjsf-style registry: a field kind → the one small component that renders it. Adding a kind means one
// component file, one line here and its tests. A kind missing here renders as "not supported here".
import { memo, type ComponentType } from 'react';
import { hasUnits } from '../../flow/compile';
import type { FieldKind, FieldSpec } from '../../flow/types';
import { AddressField } from './fields/AddressField';
import { CurrencyField } from './fields/CurrencyField';
import { DateField } from './fields/DateField';
import { DatetimeField } from './fields/DatetimeField';
import type { FieldProps } from './fields/field-props';
import { GeolocationField } from './fields/GeolocationField';
import { MobileField } from './fields/MobileField';
import { NumberField } from './fields/NumberField';
import { PhoneField } from './fields/PhoneField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { TimeField } from './fields/TimeField';
import { UnsupportedField } from './fields/UnsupportedField';
import { UrlField } from './fields/UrlField';
import { ViewField } from './fields/ViewField';

export const registry: Partial<Record<FieldKind, ComponentType<FieldProps>>> = {
  text: TextField,
  address: AddressField,
  phone: PhoneField,
  url: UrlField,
  number: NumberField,
  currency: CurrencyField,
  date: DateField,
  datetime: DatetimeField,
  time: TimeField,
  geolocation: GeolocationField,
  select: SelectField,
  view: ViewField,
  mobile: MobileField,
  unsupported: UnsupportedField,
};

const rows = new Map<FieldKind, ComponentType<FieldProps>>();

/**
 * The kind's component as a row of the field list: memoised, so it re-renders only when its own props
 * (its rule state, its error) change, never because another field's did.
 */
export function rowFor(kind: FieldKind): ComponentType<FieldProps> {
  let row = rows.get(kind);
  if (!row) {
    row = memo(registry[kind] ?? UnsupportedField);
    rows.set(kind, row);
  }
  return row;
}

/**
 * Whether the kind's row takes the whole width of the two-column field grid (its root carries
 * `field-wide`, `choices` or `number-row`, task-form.css): several lines, a group of boxes, a number with
 * its unit, a map. The field list needs it to cut its blocks at the end of a grid row; a test renders
 * every kind to keep this and the components' classes the same.
 */
export function spansRow(field: FieldSpec, withMap: boolean): boolean {
  switch (field.kind) {
    case 'address':
      return true;
    case 'number':
      return hasUnits(field);
    case 'select':
      return field.multiple === true;
    case 'geolocation':
      return withMap;
    default:
      return false;
  }
}

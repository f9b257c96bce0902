// Amounts are numbers without units: the number field reads and shows them (`Rp 250.000`).
export { NumberField as CurrencyField } from './NumberField';

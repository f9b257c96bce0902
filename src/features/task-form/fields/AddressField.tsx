import { inputKind } from './InputField';

/** Addresses run over several lines (street, district, city). */
export const AddressField = inputKind({ multiline: true, autoComplete: 'street-address' });

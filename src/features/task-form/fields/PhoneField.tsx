import { inputKind } from './InputField';

export const PhoneField = inputKind({ type: 'tel', inputMode: 'tel' });

import { inputKind } from './InputField';

export const DateField = inputKind({ type: 'date' });

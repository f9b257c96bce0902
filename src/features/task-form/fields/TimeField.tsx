import { inputKind } from './InputField';

export const TimeField = inputKind({ type: 'time' });

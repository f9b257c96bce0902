import { inputKind } from './InputField';

/** datetime-local; form-values.ts turns its `Y-m-dTH:i` into MileApp's `Y-m-d H:i:s`. */
export const DatetimeField = inputKind({ type: 'datetime-local', step: 1 });

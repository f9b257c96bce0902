import { inputKind } from './InputField';

// A text input with a decimal keypad, not type=number: a number input hides what was typed when it is
// not a number, so the person would never see why the value was refused.
export const CurrencyField = inputKind({ inputMode: 'decimal' });

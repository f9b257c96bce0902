import { inputKind } from './InputField';

export const TextField = inputKind({});

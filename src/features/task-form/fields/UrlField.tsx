import { inputKind } from './InputField';

export const UrlField = inputKind({ type: 'url', inputMode: 'url' });

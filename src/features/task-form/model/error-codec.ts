// react-hook-form keeps an error as `{ type, message }`. Our errors are src/flow FieldErrors that are
// translated when shown (so switching the language re-words them), or server messages shown as sent.
import type { FieldError as FlowError } from '../../../flow/types';
import { validationMessage, type Translate } from '../../../i18n/i18n';

export const FLOW_ERROR = 'flow';
export const SERVER_ERROR = 'server';

export function encodeFlowError(e: FlowError): { type: string; message: string } {
  return { type: FLOW_ERROR, message: JSON.stringify(e) };
}

/** The text of a react-hook-form error in the current language. */
export function errorText(
  t: Translate,
  error: { type?: unknown; message?: unknown } | undefined,
  title: string,
): string | undefined {
  if (!error || typeof error.message !== 'string' || error.message === '') return undefined;
  if (error.type !== FLOW_ERROR) return error.message;
  try {
    return validationMessage(t, JSON.parse(error.message) as FlowError, title);
  } catch {
    return error.message;
  }
}

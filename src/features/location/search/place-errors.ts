import { isApiError } from '../../../api/http';
import type { Translate } from '../../../i18n/i18n';

/**
 * What a failed place call says beside its box: the geocoder's timeout and outage in the person's
 * language (place-010/011 or no answer at all), anything else as the server worded it.
 */
export function placeErrorText(t: Translate, error: unknown): string {
  if (isApiError(error)) {
    if (error.failedCode === 'place-010' || error.kind === 'timeout') return t('place.timeout');
    if (error.failedCode === 'place-011' || error.kind === 'network') return t('place.unreachable');
    return t('place.failed', { message: error.message });
  }
  return t('place.failed', { message: error instanceof Error ? error.message : String(error) });
}

import { ApiError } from '../api/http';
import type { Translate } from '../i18n/i18n';

/** A failed call in words a dispatcher can act on; `url` is the API base URL shown for network problems. */
export function apiErrorMessage(t: Translate, error: unknown, url = ''): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.refusedByPolicy) return t('error.blockedByPolicy', { origin: originOf(url) });
  if (error.kind === 'network') return t('error.network', { url });
  if (error.kind === 'timeout') return t('error.timeout', { url });
  if (error.status === 401) return t('error.unauthorized');
  if (error.status === 403) return t('error.forbidden');
  if (error.status === 429) return t('error.rateLimited');
  if (error.notJson) return t('error.notJson', { url });
  if (error.status === 404) return t('error.notFound');
  return t('error.server', { status: error.status, message: error.message });
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

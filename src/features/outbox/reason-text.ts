import type { Translate } from '../../i18n/i18n';
import type { OutboxReason } from './outbox-types';

export function reasonText(t: Translate, reason: OutboxReason | undefined): string {
  if (!reason) return '';
  switch (reason.kind) {
    case 'offline':
      return t('outbox.reason.offline');
    case 'network':
      return t('outbox.reason.network');
    case 'timeout':
      return t('outbox.reason.timeout');
    case 'rateLimited':
      return t('outbox.reason.rateLimited');
    case 'unauthorized':
      return t('outbox.reason.unauthorized');
    case 'maybeCreated':
      return t('outbox.reason.maybeCreated');
    case 'server':
      return t('outbox.reason.server', { status: reason.status, message: reason.message });
    case 'rejected':
      return t('outbox.reason.rejected', { status: reason.status, message: reason.message });
  }
}

/** The field messages of a refused entry, as the server worded them. */
export function fieldMessages(reason: OutboxReason | undefined): string[] {
  if (reason?.kind !== 'rejected' || !reason.errors) return [];
  return Object.values(reason.errors).flat();
}

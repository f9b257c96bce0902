import { useEffect, useRef, useState } from 'react';
import type { Translate } from '../../i18n/i18n';
import type { OutboxEntry, OutboxState } from './outbox-types';

/**
 * The latest change worth saying out loud (queued, created, refused), for the panel's status line:
 * a screen reader hears each as it happens, without every "sending" in between.
 */
export function useAnnouncement(entries: readonly OutboxEntry[], t: Translate): string {
  const seen = useRef<Map<string, OutboxState> | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    const before = seen.current;
    seen.current = new Map(entries.map((e) => [e.id, e.state]));
    if (!before) return; // what was there when the panel appeared is not news
    let message = '';
    for (const e of entries) {
      const was = before.get(e.id);
      if (was === e.state) continue;
      const label = e.label || e.flow;
      if (e.state === 'created') message = t('outbox.announce.created', { label });
      else if (e.state === 'failed') message = t('outbox.announce.failed', { label });
      else if (was === undefined) message = t('outbox.announce.queued', { label });
    }
    if (message) setText(message);
  }, [entries, t]);
  return text;
}

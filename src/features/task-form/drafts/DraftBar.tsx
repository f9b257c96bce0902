import { useSyncExternalStore } from 'react';
import { formatClock, useLanguage, useT } from '../../../i18n/i18n';
import type { DraftStore } from './draft-store';

/** Says whether a draft is kept (and from when) and offers to throw it away. */
export function DraftBar({ store, onDiscard }: { store: DraftStore; onDiscard(): void }) {
  const t = useT();
  const { lang } = useLanguage();
  const status = useSyncExternalStore(store.subscribe, store.status);
  const time = status.savedAt === null ? '' : formatClock(status.savedAt, lang);
  const text = status.failed
    ? t('taskForm.draftFailed')
    : status.savedAt === null
      ? ''
      : status.restored
        ? t('taskForm.draftRestored', { time })
        : t('taskForm.draftSaved', { time });
  return (
    <div className="draft-bar">
      <p className="hint" role="status">
        {text}
      </p>
      {status.savedAt !== null ? (
        <button type="button" className="button button-small" onClick={onDiscard}>
          {t('taskForm.discardDraft')}
        </button>
      ) : null}
    </div>
  );
}

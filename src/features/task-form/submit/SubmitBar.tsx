import type { AttemptInfo } from '../../../api/retry';
import { useT } from '../../../i18n/i18n';

/** "Create task", disabled while the request is out (retries included); the shortcut is named next to it. */
export function SubmitBar({ pending, attempt }: { pending: boolean; attempt?: AttemptInfo | null }) {
  const t = useT();
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <div className="actions submit-bar">
      <button
        type="submit"
        className="button button-primary"
        disabled={pending}
        aria-busy={pending || undefined}
      >
        {t('taskForm.submit')}
      </button>
      <p className={pending ? 'hint' : 'hint shortcut'} role="status">
        {pending && attempt && attempt.attempt > 1
          ? t('taskForm.retrying', { attempt: attempt.attempt, attempts: attempt.attempts })
          : pending
            ? t('taskForm.sending')
            : t('taskForm.shortcut', { key: mac ? '⌘' : 'Ctrl' })}
      </p>
    </div>
  );
}

import type { AttemptInfo } from '../../../api/retry';
import { useId } from 'react';
import { useT } from '../../../i18n/i18n';

interface Props {
  pending: boolean;
  attempt?: AttemptInfo | null;
  /** why the task cannot be sent yet (what it needs is still loading); undefined when it can */
  waitingFor?: string;
}

/**
 * "Create task", disabled while the request is out (retries included) or while what it needs loads, with
 * the reason next to it. While loading it stays focusable (aria-disabled): a keyboard user tabbing through
 * never finds it gone from the tab order.
 */
export function SubmitBar({ pending, attempt, waitingFor }: Props) {
  const t = useT();
  const id = useId();
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <div className="actions submit-bar">
      <button
        type="submit"
        className="button button-primary"
        disabled={pending}
        aria-disabled={waitingFor !== undefined || undefined}
        aria-describedby={waitingFor !== undefined ? `${id}-status` : undefined}
        aria-busy={pending || undefined}
      >
        {t('taskForm.submit')}
      </button>
      <p className={pending || waitingFor ? 'hint' : 'hint shortcut'} role="status" id={`${id}-status`}>
        {pending && attempt && attempt.attempt > 1
          ? t('taskForm.retrying', { attempt: attempt.attempt, attempts: attempt.attempts })
          : pending
            ? t('taskForm.sending')
            : (waitingFor ?? t('taskForm.shortcut', { key: mac ? '⌘' : 'Ctrl' }))}
      </p>
    </div>
  );
}

import { useConnection } from '../../../api/connection';
import { useT } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { apiErrorMessage } from '../../../ui/api-error-message';
import type { Failure } from './server-errors';

/** Why the task was not created, and for passing troubles a way to send again; the form is kept. */
export function SubmitFailure({ failure, onRetry }: { failure: Failure | null; onRetry(): void }) {
  const t = useT();
  const { connection } = useConnection();
  if (!failure) return null;
  if (failure.kind === 'fields') {
    return (
      <Alert>
        <p>{t('taskForm.serverRejected')}</p>
        {failure.other.length > 0 ? (
          <ul>
            {failure.other.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
      </Alert>
    );
  }
  if (failure.kind === 'rejected')
    return <Alert>{t('taskForm.rejected', { message: failure.message })}</Alert>;
  if (failure.kind === 'unauthorized') return <Alert>{t('taskForm.unauthorized')}</Alert>;
  if (failure.kind === 'conflict' || failure.kind === 'maybeCreated') {
    // The key is renewed by then (a final answer), so sending again creates exactly what is shown.
    return (
      <Alert
        action={
          <button type="button" className="button" onClick={onRetry}>
            {t('taskForm.createAsShown')}
          </button>
        }
      >
        {t(failure.kind === 'conflict' ? 'taskForm.conflict' : 'taskForm.maybeCreated')}
      </Alert>
    );
  }
  if (failure.kind === 'queueFailed') return <Alert>{t('taskForm.queueFailed')}</Alert>;
  return (
    <Alert
      action={
        <button type="button" className="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      }
    >
      {apiErrorMessage(t, failure.error, connection?.baseUrl)} {t('taskForm.formKept')}
    </Alert>
  );
}

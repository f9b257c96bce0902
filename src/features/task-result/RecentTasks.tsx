import { useRecentTasks } from '../../api/get-tasks';
import { useLanguage, useT } from '../../i18n/i18n';
import { Alert } from '../../ui/Alert';
import { apiErrorMessage } from '../../ui/api-error-message';
import { Loading } from '../../ui/Loading';
import { localTime } from './format';
import { statusText } from './TaskSummary';

/** The organisation's newest tasks (GET /tasks), the one just created marked as current. */
export function RecentTasks({ currentId }: { currentId?: string }) {
  const t = useT();
  const { lang } = useLanguage();
  const tasks = useRecentTasks();
  return (
    <section className="card" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('result.recent')}</h2>
      {tasks.isPending ? <Loading label={t('result.recentLoading')} /> : null}
      {tasks.isError ? (
        <Alert
          action={
            <button type="button" className="button button-small" onClick={() => void tasks.refetch()}>
              {t('error.retry')}
            </button>
          }
        >
          {apiErrorMessage(t, tasks.error)}
        </Alert>
      ) : null}
      {tasks.data?.length === 0 ? <p className="muted">{t('result.recentEmpty')}</p> : null}
      {tasks.data && tasks.data.length > 0 ? (
        <ol className="recent">
          {tasks.data.map((task) => (
            <li key={task._id} aria-current={task._id === currentId ? 'true' : undefined}>
              <span className="recent-title">
                {typeof task.title === 'string' && task.title !== '' ? task.title : t('result.untitled')}
              </span>
              <span className="recent-meta">
                {[String(task.flow ?? ''), statusText(t, task.status), localTime(task.createdTime, lang)]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <code className="recent-id">{task._id}</code>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

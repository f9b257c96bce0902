import { useRecentTasks } from '../../api/get-tasks';
import type { Task } from '../../api/task';
import { useLanguage, useT } from '../../i18n/i18n';
import { Alert } from '../../ui/Alert';
import { apiErrorMessage } from '../../ui/api-error-message';
import { Loading } from '../../ui/Loading';
import { assigneesOf, useAssigneeNames } from './assignee-names';
import { localTime } from './format';
import { statusText } from './TaskSummary';
import { useOpenTask } from './use-open-task';
// This screen's text is not in the first screen's bundle: it joins the dictionaries with this chunk.
import '../../i18n/work';

interface Props {
  /** the task on screen, marked as current */
  currentId?: string;
  /** shows a task opened from the list; false when it cannot (its flow is not listed). Without it, no task opens. */
  onOpen?(task: Task): boolean;
}

/** The organisation's newest tasks (GET /tasks), each opened by its title; the one on screen marked current. */
export function RecentTasks({ currentId, onOpen }: Props) {
  const t = useT();
  const { lang } = useLanguage();
  const tasks = useRecentTasks();
  const nameOf = useAssigneeNames(tasks.data ?? []);
  const opening = useOpenTask(onOpen);
  const meta = (task: Task) => {
    const people = assigneesOf(task).map(nameOf).join(', ');
    return [
      String(task.flow ?? ''),
      statusText(t, task.status),
      people && t('result.recentAssigned', { names: people }),
      localTime(task.createdTime, lang),
    ]
      .filter(Boolean)
      .join(' · ');
  };
  return (
    <section className="card" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('result.recent')}</h2>
      {onOpen && tasks.data && tasks.data.length > 0 ? (
        <p className="muted">{t('result.recentHint')}</p>
      ) : null}
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
      {opening.busy ? <Loading label={t('result.recentOpening')} /> : null}
      {opening.error ? <Alert>{apiErrorMessage(t, opening.error)}</Alert> : null}
      {opening.missingFlow !== undefined ? (
        <Alert>{t('result.recentFlowMissing', { flow: opening.missingFlow })}</Alert>
      ) : null}
      {tasks.data?.length === 0 ? <p className="muted">{t('result.recentEmpty')}</p> : null}
      {tasks.data && tasks.data.length > 0 ? (
        <ol className="recent">
          {tasks.data.map((task) => {
            const title =
              typeof task.title === 'string' && task.title !== '' ? task.title : t('result.untitled');
            const metaId = `recent-meta-${task._id}`;
            return (
              <li key={task._id} aria-current={task._id === currentId ? 'true' : undefined}>
                {onOpen ? (
                  <button
                    type="button"
                    className="recent-title recent-open"
                    aria-describedby={metaId}
                    aria-busy={opening.busy === task._id || undefined}
                    onClick={() => void opening.open(task._id)}
                  >
                    {title}
                  </button>
                ) : (
                  <span className="recent-title">{title}</span>
                )}
                <span className="recent-meta" id={metaId}>
                  {meta(task)}
                </span>
                <code className="recent-id">{task._id}</code>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}

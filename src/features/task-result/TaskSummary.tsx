import type { Task } from '../../api/task';
import { useLanguage, useT, type MessageId } from '../../i18n/i18n';
import { CopyButton } from '../../ui/CopyButton';
import { assigneesOf, useAssigneeNames } from './assignee-names';
import { useZoneLookup } from '../../ui/use-zone-lookup';
import { hubZoneOf, localTime } from './format';

const STATUSES = new Set(['UNASSIGNED', 'ONGOING', 'DONE']);

export function statusText(t: ReturnType<typeof useT>, status: unknown): string {
  if (typeof status !== 'string' || status === '') return t('result.empty');
  return STATUSES.has(status) ? t(`result.status.${status}` as MessageId) : status;
}

function hubName(task: Task): string | null {
  const hub = task.hub as { name?: unknown } | undefined;
  if (hub && typeof hub.name === 'string' && hub.name !== '') return hub.name;
  return typeof task.hubId === 'string' ? task.hubId : null;
}

/** The fixed keys of a task: id (copyable), status, flow, hub, local times, assignees by name. */
export function TaskSummary({ task }: { task: Task }) {
  const t = useT();
  const { lang } = useLanguage();
  const assignees = assigneesOf(task);
  const nameOf = useAssigneeNames([task]);
  const empty = t('result.empty');
  // Times as they were meant: in the hub's zone (docs/decisions/029-hub-time-zones.md).
  const zone = hubZoneOf(task, useZoneLookup().lookup);
  return (
    <dl className="facts">
      <div className="fact-wide">
        <dt>{t('result.id')}</dt>
        <dd className="task-id">
          <code>{task._id}</code>{' '}
          <CopyButton text={task._id} label={`${t('result.copy')} ${t('result.id')}`} />
        </dd>
      </div>
      <div>
        <dt>{t('result.status')}</dt>
        <dd>
          <span className={`badge badge-${String(task.status ?? '').toLowerCase()}`}>
            {statusText(t, task.status)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('result.flow')}</dt>
        <dd>{typeof task.flow === 'string' ? task.flow : empty}</dd>
      </div>
      <div>
        <dt>{t('result.hub')}</dt>
        <dd>{hubName(task) ?? empty}</dd>
      </div>
      <div>
        <dt>{t('result.startTime')}</dt>
        <dd>{localTime(task.startTime, lang, zone) ?? empty}</dd>
      </div>
      <div>
        <dt>{t('result.endTime')}</dt>
        <dd>{localTime(task.endTime, lang, zone) ?? empty}</dd>
      </div>
      <div>
        <dt>{t('result.assignees')}</dt>
        <dd>
          {assignees.length === 0 ? (
            t('result.noAssignees')
          ) : (
            <ul className="plain">
              {assignees.map((email) => (
                <li key={email}>{nameOf(email)}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}

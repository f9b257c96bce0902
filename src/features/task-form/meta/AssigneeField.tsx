import { useEffect, useId, useState } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useHubs } from '../../../api/get-hubs';
import { useUsers } from '../../../api/get-users';
import { useT } from '../../../i18n/i18n';
import { errorText } from '../model/error-codec';
import { useTaskForm } from '../form-context';
import { describedBy, fieldErrorText } from '../fields/FieldFrame';
import { AssigneeCombobox } from './AssigneeCombobox';
import { useKnownNames } from './known-users';

const NOBODY: string[] = [];

/**
 * Who does the task: the chosen hub's active users, searched by name or email. When the hub changes,
 * people who are not in the new hub are removed and a live region says who.
 */
export function AssigneeField() {
  const t = useT();
  const id = useId();
  const { control, typedNotChosen } = useTaskForm();
  const hubId = useWatch({ control, name: 'hubId', exact: true });
  const hubs = useHubs();
  const users = useUsers(hubId === '' ? null : hubId);
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: 'assignee' });
  const chosen: string[] = Array.isArray(value) ? value : NOBODY;
  const [notice, setNotice] = useState('');
  const nameOf = useKnownNames();

  useEffect(() => {
    if (!users.data) return;
    const inHub = new Set(users.data.map((u) => u.email));
    const dropped = chosen.filter((email) => !inHub.has(email));
    if (dropped.length === 0) return;
    onChange(chosen.filter((email) => inHub.has(email)));
    const hub = hubs.data?.find((h) => h._id === hubId)?.name ?? hubId;
    const who = dropped.map(nameOf).join(', ');
    // Syncing the form with a list that just arrived from the server is what an effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNotice(t('taskForm.assigneesRemoved', { names: who, hub }));
  }, [users.data, chosen, onChange, hubs.data, hubId, t, nameOf]);

  const message = errorText(t, fieldState.error, t('taskForm.assignee'));
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const loading = hubId !== '' && users.isPending;
  const status =
    hubId === ''
      ? t('taskForm.assigneeNoHub')
      : loading
        ? t('taskForm.usersLoading')
        : users.isError
          ? t('taskForm.usersFailed')
          : users.data?.length === 0
            ? t('taskForm.usersNone')
            : '';
  const noticeId = `${id}-notice`;

  return (
    <div className="field assignees">
      <AssigneeCombobox
        inputId={`${id}-input`}
        bindInput={ref}
        label={t('taskForm.assignee')}
        users={users.data ?? []}
        loading={loading}
        emptyText={status}
        chosen={chosen}
        describedBy={describedBy(
          status !== '' && hintId,
          message !== undefined && errorId,
          notice !== '' && noticeId,
        )}
        invalid={message !== undefined}
        onChange={(next) => {
          setNotice('');
          onChange(next);
        }}
        onQueryChange={(query) => typedNotChosen.set('assignee', query)}
        onBlur={onBlur}
      />
      <p className="hint" id={hintId}>
        {status}
      </p>
      {chosen.length > 0 ? (
        <ul className="chips" aria-label={t('taskForm.assigneesChosen')}>
          {chosen.map((email) => {
            const name = nameOf(email);
            return (
              <li key={email} className="chip">
                <span>
                  {name} <span className="muted">{name !== email ? email : ''}</span>
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('taskForm.removeAssignee', { name })}
                  onClick={() => onChange(chosen.filter((e) => e !== email))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {fieldErrorText(errorId, message)}
      <p className="notice" role="status" id={noticeId}>
        {notice}
      </p>
    </div>
  );
}

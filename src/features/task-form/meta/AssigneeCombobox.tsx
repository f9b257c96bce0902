import { useId, useState, type KeyboardEvent } from 'react';
import type { User } from '../../../api/get-users';
import { useT } from '../../../i18n/i18n';
import { matchUsers } from './match-users';

interface Props {
  inputId: string;
  bindInput(el: HTMLInputElement | null): void;
  label: string;
  users: readonly User[];
  chosen: readonly string[];
  disabled: boolean;
  invalid: boolean;
  describedBy?: string;
  onChange(next: string[]): void;
  onBlur(): void;
}

/**
 * A multi-select combobox (WAI-ARIA APG): typing filters by name or email, arrows move, Enter ticks or
 * unticks and keeps the list open for the next person, Escape closes. Focus stays in the input.
 */
export function AssigneeCombobox({ bindInput, ...p }: Props) {
  const t = useT();
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = matchUsers(p.users, query);
  const activeUser = open ? shown[active] : undefined;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const toggle = (email: string) => {
    p.onChange(p.chosen.includes(email) ? p.chosen.filter((e) => e !== email) : [...p.chosen, email]);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(Math.max(a + step, 0), Math.max(shown.length - 1, 0)));
    } else if (e.key === 'Enter' && open && activeUser && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      toggle(activeUser.email);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={p.inputId}>{p.label}</label>
      <input
        id={p.inputId}
        ref={bindInput}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeUser ? optionId(active) : undefined}
        aria-invalid={p.invalid || undefined}
        aria-describedby={p.describedBy}
        autoComplete="off"
        spellCheck={false}
        disabled={p.disabled}
        placeholder={t('taskForm.assigneeSearch')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onBlur={() => {
          // A half-typed search left behind would read like an unfinished entry.
          setOpen(false);
          setQuery('');
          p.onBlur();
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-multiselectable="true" aria-label={p.label} hidden={!open}>
        {shown.map((u, i) => (
          // Keyboard users never focus an option: the input handles the keys (APG pattern).
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={u.email}
            id={optionId(i)}
            role="option"
            aria-selected={p.chosen.includes(u.email)}
            className={i === active ? 'option option-active' : 'option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => toggle(u.email)}
          >
            <span className="option-text">
              {u.name}
              <span className="muted option-email">{u.email}</span>
            </span>
          </li>
        ))}
        {shown.length === 0 ? (
          <li className="option option-empty" role="presentation">
            {t('taskForm.assigneeNoMatch', { query })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

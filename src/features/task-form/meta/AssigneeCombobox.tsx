import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { User } from '../../../api/get-users';
import { useT } from '../../../i18n/i18n';
import { matchUsers } from './match-users';

interface Props {
  inputId: string;
  bindInput(el: HTMLInputElement | null): void;
  label: string;
  users: readonly User[];
  /** the list is on its way: typing goes on, and Enter picks once it is here */
  loading: boolean;
  /** why the list is empty (no hub, loading, failed), shown in place of the options */
  emptyText: string;
  chosen: readonly string[];
  invalid: boolean;
  describedBy?: string;
  onChange(next: string[]): void;
  /** the search text as typed: the form refuses to send while a search is left unchosen */
  onQueryChange(query: string): void;
  onBlur(): void;
}

/**
 * A multi-select combobox (WAI-ARIA APG): typing filters by name or email, arrows move, Enter ticks or
 * unticks and keeps the list open for the next person, Escape closes, then clears the search. Focus stays
 * in the input, which is never disabled: a keyboard user who tabs here while the hub's people load types
 * on, and Enter picks the one match once the list arrives.
 */
export function AssigneeCombobox({ bindInput, ...p }: Props) {
  const t = useT();
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [query, setQueryState] = useState('');
  const [active, setActive] = useState(0);
  // Enter pressed on a search before the list was here: answered when it arrives.
  const [enterWaiting, setEnterWaiting] = useState(false);
  const shown = matchUsers(p.users, query);
  const activeUser = open ? shown[active] : undefined;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const { onChange, onQueryChange, chosen, loading } = p;

  const setQuery = (q: string) => {
    setQueryState(q);
    onQueryChange(q);
  };
  const toggle = (email: string) => {
    onChange(chosen.includes(email) ? chosen.filter((e) => e !== email) : [...chosen, email]);
  };

  useEffect(() => {
    if (!enterWaiting || loading) return;
    const matches = matchUsers(p.users, query);
    // Answering a key press that came before the data did is what this effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEnterWaiting(false);
    if (matches.length === 1 && matches[0]) {
      const email = matches[0].email;
      // The search goes first: the form checks for a search left unchosen as the choice changes.
      setQueryState('');
      onQueryChange('');
      if (!chosen.includes(email)) onChange([...chosen, email]);
    } else setOpen(true);
  }, [enterWaiting, loading, p.users, query, chosen, onChange, onQueryChange]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(Math.max(a + step, 0), Math.max(shown.length - 1, 0)));
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      if (open && activeUser) {
        e.preventDefault();
        setQuery('');
        toggle(activeUser.email);
      } else if (query.trim() !== '') {
        // A search is not a form to submit: wait for the list, or show it.
        e.preventDefault();
        if (loading) setEnterWaiting(true);
        else setOpen(true);
      }
    } else if (e.key === 'Escape' && (open || query !== '')) {
      e.preventDefault();
      if (open) setOpen(false);
      else setQuery('');
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
        aria-busy={loading || undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('taskForm.assigneeSearch')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onBlur={() => {
          // The search stays: the field says it was not chosen rather than dropping it unseen.
          setOpen(false);
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
            aria-selected={chosen.includes(u.email)}
            className={i === active ? 'option option-active' : 'option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setQuery('');
              toggle(u.email);
            }}
          >
            <span className="option-text">
              {u.name}
              <span className="muted option-email">{u.email}</span>
            </span>
          </li>
        ))}
        {shown.length === 0 ? (
          <li className="option option-empty" role="presentation">
            {p.emptyText !== '' ? p.emptyText : t('taskForm.assigneeNoMatch', { query })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

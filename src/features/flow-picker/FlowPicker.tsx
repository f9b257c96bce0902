import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/i18n';
import { filterNames } from './filter';

interface Props {
  names: readonly string[];
  value: string | null;
  onChange(name: string): void;
}

/**
 * An editable combobox (WAI-ARIA APG "list autocomplete"): typing filters, arrows move, Enter picks,
 * Escape closes and restores the chosen flow. Focus stays in the input; options are aria-activedescendant.
 */
export function FlowPicker({ names, value, onChange }: Props) {
  const t = useT();
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [picks, setPicks] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  const shown = query === null ? [...names] : filterNames(names, query);
  const activeName = open ? shown[active] : undefined;
  const optionId = (i: number) => `${id}-opt-${i}`;

  useEffect(() => {
    if (!open || active < 0) return;
    document.getElementById(`${id}-opt-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, active, id]);

  const openList = (start: number) => {
    setOpen(true);
    setActive(start);
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(-1);
  };
  const choose = (name: string) => {
    onChange(name);
    close();
    setPicks((n) => n + 1);
  };

  // Typing right after a pick starts a new search instead of appending to the chosen name. After the
  // render that shows the name: setting an input's value moves the caret to its end.
  useLayoutEffect(() => {
    if (picks > 0 && document.activeElement === inputRef.current) inputRef.current?.select();
  }, [picks]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const current = value === null ? -1 : shown.indexOf(value);
    const last = shown.length - 1;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) openList(e.altKey ? current : Math.max(current, 0));
        else setActive((a) => Math.min(a + 1, last));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) openList(current >= 0 ? current : last);
        else setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (open) {
          e.preventDefault();
          setActive(e.key === 'Home' ? 0 : last);
        }
        break;
      case 'Enter':
        if (open && activeName !== undefined) {
          e.preventDefault();
          choose(activeName);
        }
        break;
      case 'Escape':
        if (open || query !== null) {
          e.preventDefault();
          close();
        }
        break;
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`}>{t('flowPicker.label')}</label>
      <div className="combobox-control">
        <input
          id={`${id}-input`}
          ref={inputRef}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeName !== undefined ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('flowPicker.placeholder')}
          value={query ?? value ?? ''}
          onChange={(e) => {
            setQuery(e.target.value);
            openList(0);
          }}
          onFocus={(e) => e.currentTarget.select()}
          onClick={() => !open && openList(value === null ? 0 : Math.max(shown.indexOf(value), 0))}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="combobox-toggle"
          tabIndex={-1}
          aria-label={t('flowPicker.toggle')}
          aria-controls={listId}
          aria-expanded={open}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (open) return close();
            inputRef.current?.focus();
            openList(value === null ? 0 : Math.max(names.indexOf(value), 0));
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <ul id={listId} role="listbox" aria-label={t('flowPicker.label')} hidden={!open}>
        {shown.map((name, i) => (
          // Keyboard users never focus an option: the combobox input handles the keys (APG pattern).
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={name}
            id={optionId(i)}
            role="option"
            aria-selected={name === value}
            className={i === active ? 'option option-active' : 'option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(name)}
          >
            {name}
          </li>
        ))}
      </ul>
      <p className="hint" role="status">
        {open && shown.length === 0
          ? names.length === 0
            ? t('flowPicker.noFlows')
            : t('flowPicker.noMatch', { query: query ?? '' })
          : ''}
      </p>
    </div>
  );
}

import { useEffect, useId, useState } from 'react';
import { useT } from '../../i18n/i18n';

const KEEP_KEY = 'taskComposer.keepAssignee';

function keptChoice(): boolean {
  try {
    return localStorage.getItem(KEEP_KEY) === '1';
  } catch {
    return false;
  }
}

interface Props {
  /** `keepAssignee`: the next task starts with this one's hub and people (a batch for one driver) */
  onCreateAnother(keepAssignee: boolean): void;
  onDuplicate(): void;
}

/**
 * What comes after a task: another (Ctrl/Cmd+Enter, the key that created this one), optionally for the
 * same people, or a duplicate. The choice to keep the people is remembered on the device.
 */
export function NextActions({ onCreateAnother, onDuplicate }: Props) {
  const t = useT();
  const id = useId();
  const [keep, setKeep] = useState(keptChoice);
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
      e.preventDefault();
      onCreateAnother(keep);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCreateAnother, keep]);

  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          aria-describedby={`${id}-shortcut`}
          onClick={() => onCreateAnother(keep)}
        >
          {t('result.createAnother')}
        </button>
        <button type="button" className="button" onClick={onDuplicate}>
          {t('result.duplicate')}
        </button>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={keep}
          onChange={(e) => {
            setKeep(e.target.checked);
            try {
              localStorage.setItem(KEEP_KEY, e.target.checked ? '1' : '0');
            } catch {
              // not remembered: the box still works for this task
            }
          }}
        />
        {t('result.keepAssignee')}
      </label>
      <p className="hint" id={`${id}-shortcut`}>
        {t('result.createAnotherShortcut', { key: mac ? '⌘' : 'Ctrl' })}
      </p>
    </>
  );
}

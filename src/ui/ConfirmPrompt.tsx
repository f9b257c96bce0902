import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  /** the question */
  children: ReactNode;
  /** the safe answer, which has the focus: keep, stay */
  keepLabel: string;
  onKeep(): void;
  /** the answer that lets something go */
  confirmLabel: string;
  onConfirm(): void;
  /** the letting go is the expected next step (replacing a draft the user chose to replace) */
  confirmIsPrimary?: boolean;
  /** the box and the row of buttons (an alert box by default) */
  className?: string;
  actionsClassName?: string;
  /** buttons in the small size (inside a list item) */
  small?: boolean;
  /** the safe answer takes the focus again when this changes (another question in the same place) */
  focusKey?: unknown;
}

/**
 * A question asked in place before something is let go (a draft replaced, a session ended, a waiting
 * task cancelled): an alertdialog whose safe answer has the focus, so Enter never loses anything.
 */
export function ConfirmPrompt(p: Props) {
  const textId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), [p.focusKey]);
  const button = p.small ? 'button button-small' : 'button';
  return (
    <div className={p.className ?? 'alert alert-info'} role="alertdialog" aria-labelledby={textId}>
      <p className="alert-body" id={textId}>
        {p.children}
      </p>
      <div className={p.actionsClassName ?? 'alert-action'}>
        <button type="button" className={button} ref={keep} onClick={p.onKeep}>
          {p.keepLabel}
        </button>{' '}
        <button
          type="button"
          className={p.confirmIsPrimary ? `${button} button-primary` : button}
          onClick={p.onConfirm}
        >
          {p.confirmLabel}
        </button>
      </div>
    </div>
  );
}

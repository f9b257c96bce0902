import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';

interface Props {
  inputId: string;
  label: string;
  required: boolean;
  errorId: string;
  error?: string;
  hint?: ReactNode;
  hintId?: string;
  /** extra classes of the frame (`field-wide`: the whole row of the form) */
  className?: string;
  children: ReactNode;
}

/** Label above, the control, then its error: the same frame for every single-control field. */
export function FieldFrame(props: Props) {
  const { inputId, label, required, errorId, error, hint, hintId, className, children } = props;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={inputId}>
        {label}
        {required ? STAR : null}
      </label>
      {children}
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {fieldErrorText(errorId, error)}
    </div>
  );
}

/**
 * A visible star; assistive technology hears aria-required instead. One element for every required
 * field: rendering it costs no component of its own (a 300-field flow mounts faster, docs/performance.md).
 */
export const STAR = (
  <span className="required-mark" aria-hidden="true">
    {' *'}
  </span>
);

/** In a legend (no aria-required there): the star and a hidden word. */
export function RequiredMark({ required }: { required: boolean }) {
  const t = useT();
  if (!required) return null;
  return (
    <>
      {STAR}
      <span className="visually-hidden">{` (${t('taskForm.required')})`}</span>
    </>
  );
}

/**
 * A field's error paragraph, only while there is an error: every aria-describedby names the error id only
 * then, and a 300-field form is spared 300 empty paragraphs. A function, not a component: without an
 * error it adds nothing to the tree, not even an empty component per field (docs/performance.md).
 */
export function fieldErrorText(id: string, text: string | undefined) {
  if (text === undefined) return null;
  return (
    <p className="field-error" id={id}>
      {text}
    </p>
  );
}

/** aria-describedby from the ids that currently have something to say. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string' && x !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

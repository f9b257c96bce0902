import { useEffect, useRef } from 'react';

interface EditorProps {
  label: string;
  initial: string;
  onCommit(text: string): void;
  onCancel(): void;
}

/** The in-place editor of one cell: Enter or leaving it keeps the text, Escape drops it. */
export function CellEditor({ label, initial, onCommit, onCancel }: EditorProps) {
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    if (keep) onCommit(input.current?.value ?? initial);
    else onCancel();
  };
  return (
    <input
      ref={input}
      className="grid-editor"
      aria-label={label}
      defaultValue={initial}
      onKeyDown={(e) => {
        e.stopPropagation(); // the grid's arrow keys stay with the text while editing
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        } else if (e.key === 'Tab') finish(true);
      }}
      onBlur={() => finish(true)}
    />
  );
}

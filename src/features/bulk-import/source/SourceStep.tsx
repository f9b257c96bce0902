import { useId, useState, type DragEvent } from 'react';
import type { TemplateModel } from '../../../flow/import/types';
import { useT } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { MAX_FILE_MB, MAX_ROWS } from '../io/limits';
import { TemplateDownloads } from './TemplateDownloads';

interface Props {
  flowName: string;
  template: TemplateModel | null;
  busy: boolean;
  problem: string | null;
  onFile(file: File): void;
  onPaste(text: string): void;
  onEmptyGrid(): void;
}

/** Where the rows come from: a file (picked or dropped), a paste, or an empty grid to type into. */
export function SourceStep({ flowName, template, busy, problem, onFile, onPaste, onEmptyGrid }: Props) {
  const t = useT();
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div className="import-source">
      <TemplateDownloads flowName={flowName} model={template} />
      <h3>{t('import.source.heading')}</h3>
      <p className="hint">
        {t('import.source.limits', { rows: MAX_ROWS.toLocaleString(), mb: MAX_FILE_MB })}
      </p>
      {problem ? <Alert>{problem}</Alert> : null}
      {busy ? <Loading label={t('import.source.reading')} /> : null}
      <div
        className={dragging ? 'import-drop import-drop-active' : 'import-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`}>{t('import.source.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".xlsx,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,text/tab-separated-values"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // the same file chosen again is read again
            if (file) onFile(file);
          }}
        />
        <p className="hint">{t('import.source.drop')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-paste`}>{t('import.source.paste')}</label>
        <textarea
          id={`${id}-paste`}
          aria-describedby={`${id}-paste-hint`}
          value={pasted}
          disabled={busy}
          onChange={(e) => setPasted(e.currentTarget.value)}
          onPaste={(e) => {
            const text = e.clipboardData.getData('text/plain');
            if (!text) return;
            e.preventDefault();
            onPaste(text);
          }}
        />
        <p className="hint" id={`${id}-paste-hint`}>
          {t('import.source.pasteHint')}
        </p>
        <button
          type="button"
          className="button"
          disabled={busy || pasted.trim() === ''}
          onClick={() => onPaste(pasted)}
        >
          {t('import.source.readPasted')}
        </button>
      </div>
      <div className="field">
        <button type="button" className="button" disabled={busy || !template} onClick={onEmptyGrid}>
          {t('import.source.emptyGrid')}
        </button>
        <p className="hint">{t('import.source.emptyGridHint')}</p>
      </div>
    </div>
  );
}

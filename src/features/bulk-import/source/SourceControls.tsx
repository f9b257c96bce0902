import { useId } from 'react';
import { useT } from '../../../i18n/i18n';
import type { Delimiter } from '../io/delimiter';

interface Props {
  sheetNames: readonly string[];
  sheet: string;
  delimiter?: Delimiter;
  /** the file was not UTF-8 and was read as windows-1252 */
  legacyEncoding: boolean;
  onSheet(name: string): void;
  onDelimiter(d: Delimiter): void;
}

/** Read the file again another way: another sheet of the workbook, another column separator. */
export function SourceControls({
  sheetNames,
  sheet,
  delimiter,
  legacyEncoding,
  onSheet,
  onDelimiter,
}: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="import-source-controls">
      {sheetNames.length > 1 ? (
        <div className="field">
          <label htmlFor={`${id}-sheet`}>{t('import.source.sheet')}</label>
          <select id={`${id}-sheet`} value={sheet} onChange={(e) => onSheet(e.currentTarget.value)}>
            {sheetNames.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {delimiter !== undefined ? (
        <div className="field">
          <label htmlFor={`${id}-delimiter`}>{t('import.source.delimiter')}</label>
          <select
            id={`${id}-delimiter`}
            value={delimiter}
            onChange={(e) => onDelimiter(e.currentTarget.value as Delimiter)}
          >
            <option value=",">{t('import.source.comma')}</option>
            <option value=";">{t('import.source.semicolon')}</option>
            <option value={'\t'}>{t('import.source.tab')}</option>
          </select>
        </div>
      ) : null}
      {legacyEncoding ? (
        <div className="alert alert-info" role="status">
          <p className="alert-body">{t('import.source.legacyEncoding')}</p>
        </div>
      ) : null}
    </div>
  );
}

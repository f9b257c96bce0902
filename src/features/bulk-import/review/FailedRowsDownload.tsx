import { useState } from 'react';
import type { SheetRow } from '../../../flow/import/types';
import { useT } from '../../../i18n/i18n';
import { saveBlob } from '../io/download';
import type { RowView } from './ImportGrid';

interface Props {
  header: string[];
  rows: readonly SheetRow[];
  view(line: number): RowView;
  /** the source's name, the download is named after it */
  name: string;
}

/** The rows not created, with the file's header and an error column, as an .xlsx to fix and import again. */
export function FailedRowsDownload({ header, rows, view, name }: Props) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const download = () => {
    setFailed(false);
    const list = rows.map((row) => ({ row, errors: [...view(row.line).messages.values()].flat() }));
    const base = name.replace(/\.[a-z0-9]+$/i, '') || t('import.failed.file');
    import('../io/failed-rows-file')
      .then((w) => w.failedRowsXlsx(header, t('import.failed.column'), list, t('import.failed.sheet')))
      .then(
        (blob) => saveBlob(blob, `${base} ${t('import.failed.suffix')}.xlsx`),
        () => setFailed(true),
      );
  };
  return (
    <>
      <button type="button" className="button" disabled={rows.length === 0} onClick={download}>
        {t('import.failed.download', { n: rows.length })}
      </button>
      {failed ? (
        <p className="field-error" role="alert">
          {t('import.failed.failed')}
        </p>
      ) : null}
    </>
  );
}

import { useState } from 'react';
import type { TemplateModel } from '../../../flow/import/types';
import { useT } from '../../../i18n/i18n';
import { saveBlob } from '../io/download';

// The spreadsheet writer is fetched when a file is asked for: most imports never write one.
const writer = () => import('../io/template-file');

/** The flow's template to fill in, as .xlsx (with the lists sheet) or .csv. */
export function TemplateDownloads({ flowName, model }: { flowName: string; model: TemplateModel | null }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const xlsx = () => {
    if (!model) return;
    setFailed(false);
    writer()
      .then((w) => w.templateXlsx(model, t('import.template.sheet')))
      .then(
        (blob) => saveBlob(blob, `${flowName} ${t('import.template.file')}.xlsx`),
        () => setFailed(true),
      );
  };
  const csv = () => {
    if (!model) return;
    setFailed(false);
    writer().then(
      (w) => saveBlob(w.templateCsv(model), `${flowName} ${t('import.template.file')}.csv`),
      () => setFailed(true),
    );
  };
  return (
    <div className="import-templates">
      <h3>{t('import.template.heading')}</h3>
      <p className="hint">{t('import.template.hint')}</p>
      <div className="actions">
        <button type="button" className="button" disabled={!model} onClick={xlsx}>
          {t('import.template.xlsx')}
        </button>
        <button type="button" className="button" disabled={!model} onClick={csv}>
          {t('import.template.csv')}
        </button>
      </div>
      {failed ? (
        <p className="field-error" role="alert">
          {t('import.template.failed')}
        </p>
      ) : null}
    </div>
  );
}

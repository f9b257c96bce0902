import { useEffect, useId, useState } from 'react';
import { useConnection } from '../../../api/connection';
import { useT } from '../../../i18n/i18n';
import { CopyButton } from '../../../ui/CopyButton';
import { bodyOf } from '../model/build-body';
import { useTaskForm } from '../form-context';
import { curlCommand } from './curl';

export const PREVIEW_DELAY_MS = 250;

/**
 * The exact body the form would send, and the same as a cURL command. Only while the panel is open does
 * it follow the form, a short pause after typing, so it costs nothing per key press.
 */
export function RequestPreview() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="card preview" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('taskForm.preview')}</summary>
      {open ? <PreviewBody /> : null}
    </details>
  );
}

function PreviewBody() {
  const t = useT();
  const id = useId();
  const { getValues, subscribe, model, zone } = useTaskForm();
  const { connection } = useConnection();
  const [body, setBody] = useState(() => bodyOf(model, getValues(), zone.get()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        clearTimeout(timer);
        timer = setTimeout(() => setBody(bodyOf(model, values, zone.get())), PREVIEW_DELAY_MS);
      },
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [subscribe, model, zone]);
  const json = JSON.stringify(body, null, 2);
  const curl = curlCommand(connection?.baseUrl ?? '', body);
  return (
    <div className="preview-body">
      <p className="hint">{t('taskForm.previewHint')}</p>
      <div className="preview-head">
        <label htmlFor={`${id}-json`}>{t('taskForm.previewBody')}</label>
        <CopyButton text={json} label={t('taskForm.copyBody')} />
      </div>
      <textarea
        id={`${id}-json`}
        className="code"
        readOnly
        rows={Math.min(json.split('\n').length, 16)}
        value={json}
      />
      <div className="preview-head">
        <label htmlFor={`${id}-curl`}>{t('taskForm.previewCurl')}</label>
        <CopyButton text={curl} label={t('taskForm.copyCurl')} />
      </div>
      <textarea
        id={`${id}-curl`}
        className="code"
        readOnly
        rows={Math.min(curl.split('\n').length, 16)}
        value={curl}
      />
    </div>
  );
}

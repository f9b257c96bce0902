import { useState } from 'react';
import { useT, type Translate } from '../../../i18n/i18n';
import type { Reading } from './use-coordinate-text';

interface Props {
  id: string;
  /** whether the person confirmed a 0,0 so far */
  confirmed: boolean;
  onConfirm(confirmed: boolean): void;
  reading: Reading | null;
  zero: boolean;
  hubName?: string;
}

/** Under the location input: how the text was read, and the question that 0,0 always gets. */
export function CoordinateNote({ id, confirmed, onConfirm, reading, zero, hubName }: Props) {
  const t = useT();
  if (zero) return <ZeroQuestion id={id} confirmed={confirmed} onConfirm={onConfirm} />;
  if (!reading) return null;
  return (
    <p className="coordinate-note" id={id}>
      {readingText(t, reading, hubName)}
    </p>
  );
}

function readingText(t: Translate, r: Reading, hub = ''): string {
  const [lat = '', lng = ''] = r.wire.split(',');
  if (r.order === 'swapped') return t('location.readSwapped', { lat, lng, first: lng });
  if (r.order === 'swappedNearHub') return t('location.readSwappedNearHub', { lat, lng, hub });
  return t('location.readAs', { lat, lng });
}

function ZeroQuestion({ id, confirmed, onConfirm }: Pick<Props, 'id' | 'confirmed' | 'onConfirm'>) {
  const t = useT();
  const [checked, setChecked] = useState(confirmed);
  return (
    <div className="coordinate-note" id={id}>
      <p>{t('location.zeroNote')}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => {
            setChecked(e.target.checked);
            onConfirm(e.target.checked);
          }}
        />
        {t('location.zeroConfirm')}
      </label>
    </div>
  );
}

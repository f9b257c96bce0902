import { useState } from 'react';
import { isZeroZero, readCoordinates, type CoordinateReading, type LatLng } from '../../../flow/coordinates';

export type Reading = Extract<CoordinateReading, { ok: true }>;

/**
 * The location text as the person types it, and how it reads with the chosen hub. `commit` (leaving the
 * field, Enter, a paste) puts the wire form in the form, so what is sent is what the note said; the
 * reading stays on show until the text is changed again.
 */
export function useCoordinateText(text: string, hub: LatLng | undefined, onChange: (value: string) => void) {
  const [kept, setKept] = useState<Reading | null>(null);
  const live = readCoordinates(text, hub);
  const shown = live.ok && live.wire !== text ? live : kept?.wire === text ? kept : null;
  return {
    /** how a text that was not in wire form was read */
    reading: shown,
    zero: live.ok && isZeroZero(live.point),
    change(value: string) {
      setKept(null);
      onChange(value);
    },
    commit(raw: string) {
      const r = readCoordinates(raw, hub);
      if (!r.ok) return;
      if (r.wire !== text) onChange(r.wire);
      setKept(r.wire === raw ? null : r);
    },
  };
}

// Start and end times from a spreadsheet: a wall clock meant in the row's hub time zone (decision 029),
// unless the cell names its own offset or zone (`+07:00`, `WITA`).
import { parseDatetime } from '../datetime';
import { zonedInputToIso } from '../time-zones';
import { formatDate, formatWallInput, wallOfCell, type Wall } from './cell-dates';
import type { ListReading } from './cell-lists';
import { isEmptyCell } from './cells';
import { META_TITLES } from './targets';
import type { Cell } from './types';

const OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Wall clocks → ISO-8601 with the zone's offset. Looking an offset up costs tens of microseconds, and a
 * zone's offset only changes on the hour, so it is looked up once per zone and hour of the file.
 */
function zonedIso(): (w: Wall, zone: string) => string | null {
  const offsets = new Map<string, string | null>();
  return (w, zone) => {
    const key = `${zone} ${formatDate(w)} ${w.h}`;
    let offset = offsets.get(key);
    if (offset === undefined) {
      const iso = zonedInputToIso(`${formatDate(w)}T${pad(w.h)}:00:00`, zone);
      offset = iso === null ? null : iso.slice(-6);
      offsets.set(key, offset);
    }
    return offset === null ? null : formatWallInput(w) + offset;
  };
}

export function taskTimeReader(
  key: 'startTime' | 'endTime',
): (cell: Cell, zone: string) => ListReading<string> {
  const bad: ListReading<string> = {
    ok: false,
    error: { field: key, code: 'task-008', key: 'cellDatetime', params: { title: META_TITLES[key] } },
  };
  const toIso = zonedIso();
  return (cell, zone) => {
    if (isEmptyCell(cell)) return { ok: true, value: undefined };
    if (typeof cell === 'string' && OFFSET.test(cell.trim()) && parseDatetime(cell.trim()) !== null)
      return { ok: true, value: cell.trim() };
    const read = wallOfCell(cell);
    const iso = read && toIso(read.at, read.zone ?? zone);
    return iso ? { ok: true, value: iso } : bad;
  };
}

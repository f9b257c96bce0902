// Raw rows of any source → a Sheet: the first non-empty row is the header, every data row keeps its
// line number in the spreadsheet, and empty rows and columns at the edges are dropped.
import { nearestSecond } from '../../../flow/import/excel-time';
import type { Cell, Sheet, SheetRow } from '../../../flow/import/types';
import { MAX_ROWS } from './limits';
import type { ReadProblem } from './read-problem';

function clean(cell: unknown): Cell {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') {
    const s = cell.trim();
    return s === '' ? null : s;
  }
  // Excel keeps 15 significant digits: what lies beyond is binary noise (-6.918500000000001).
  if (typeof cell === 'number') return Number.isFinite(cell) ? Number(cell.toPrecision(15)) : null;
  // rounded here too, so that the grid shows the 08:00 that is sent
  if (cell instanceof Date) return nearestSecond(cell);
  if (typeof cell === 'boolean') return cell;
  return String(cell);
}

const isEmpty = (row: readonly Cell[]) => row.every((c) => c === null);

/** A header cell that is text (not a number or date) names a column; a row without one is data. */
const namesColumns = (row: readonly Cell[]) =>
  row.some((c) => typeof c === 'string' && !/^[-+]?[\d.,\s]+$/.test(c));

export function toSheet(name: string, raw: readonly (readonly unknown[])[]): Sheet | ReadProblem {
  const grid = raw.map((r) => r.map(clean));
  const headerIndex = grid.findIndex((r) => !isEmpty(r));
  if (headerIndex < 0) return { code: 'empty' };
  const headerRow = grid[headerIndex]!;
  if (!namesColumns(headerRow)) return { code: 'noHeader' };
  const rows: SheetRow[] = [];
  let width = 0;
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = grid[i]!;
    if (isEmpty(cells)) continue;
    rows.push({ line: i + 1, cells });
    width = Math.max(width, lastFilled(cells) + 1);
  }
  if (rows.length > MAX_ROWS) return { code: 'tooManyRows', rows: rows.length, max: MAX_ROWS };
  width = Math.max(width, lastFilled(headerRow) + 1);
  const header = Array.from({ length: width }, (_, i) => cellText(headerRow[i] ?? null));
  for (const row of rows) row.cells = Array.from({ length: width }, (_, i) => row.cells[i] ?? null);
  return { name, header, rows };
}

function lastFilled(cells: readonly Cell[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== null) return i;
  return -1;
}

/** A cell as text: what a header shows, and what the grid puts in an editor. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) {
    // Excel dates carry the wall-clock time in their UTC fields (flow/import/types.ts).
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

// Our cells → write-excel-file's cells. Text columns are written with Excel's Text format "@", even
// where empty, so a number typed there later keeps its leading zero.
import type { CellObject } from 'write-excel-file/universal';
import type { Cell } from '../../../flow/import/types';

export function headerCell(text: string): CellObject {
  return { value: text, type: String, fontWeight: 'bold' };
}

export function dataCell(cell: Cell, text: boolean): CellObject {
  if (text)
    return cell === null ? { type: String, format: '@' } : { value: asText(cell), type: String, format: '@' };
  if (cell === null) return {};
  if (cell instanceof Date) {
    const dateOnly = cell.toISOString().endsWith('T00:00:00.000Z');
    return { value: cell, type: Date, format: dateOnly ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm' };
  }
  if (typeof cell === 'number') return { value: cell, type: Number };
  if (typeof cell === 'boolean') return { value: cell, type: Boolean };
  return { value: cell, type: String };
}

function asText(cell: Exclude<Cell, null>): string {
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
}

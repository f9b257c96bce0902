// "Download failed rows": the spreadsheet's own header plus an error column, only the rows that were not
// created, so the person fixes them in Excel and imports the file again.
import writeXlsxFile from 'write-excel-file/universal';
import type { SheetRow } from '../../../flow/import/types';
import { dataCell, headerCell } from './sheet-cells';

export interface FailedRow {
  row: SheetRow;
  /** every message of the row, already in the person's language */
  errors: string[];
}

export function failedRowsData(header: string[], errorTitle: string, rows: FailedRow[]) {
  return [
    [...header.map(headerCell), headerCell(errorTitle)],
    ...rows.map(({ row, errors }) => [
      // Everything as text: a value that failed must come back exactly as it was typed.
      ...row.cells.map((c) => dataCell(c, typeof c === 'string')),
      dataCell(errors.join(' '), true),
    ]),
  ];
}

export function failedRowsXlsx(
  header: string[],
  errorTitle: string,
  rows: FailedRow[],
  sheet: string,
): Promise<Blob> {
  return writeXlsxFile(failedRowsData(header, errorTitle, rows), { sheet, stickyRowsCount: 1 }).toBlob();
}

// A flow's import template as .xlsx (the columns, one example row, Text-formatted empty rows below it,
// and a second sheet of the lists to pick from) and as .csv (header and example).
import Papa from 'papaparse';
import writeXlsxFile, { type Sheet as XlsxSheet } from 'write-excel-file/universal';
import type { TemplateModel } from '../../../flow/import/types';
import { dataCell, headerCell } from './sheet-cells';
import { cellText } from './to-sheet';

/** Empty rows below the example that carry the Text format, so typed phone numbers keep their zero. */
const FORMATTED_ROWS = 500;

export function templateSheets(model: TemplateModel, sheetName: string): XlsxSheet<Blob>[] {
  const { columns, example, lists } = model;
  const blank = columns.map((c) => dataCell(null, c.text));
  const data = [
    columns.map((c) => headerCell(c.header)),
    columns.map((c, i) => dataCell(example[i] ?? null, c.text)),
    ...Array.from({ length: FORMATTED_ROWS }, () => blank),
  ];
  const [listHeader = [], ...listRows] = lists.rows;
  return [
    {
      data,
      sheet: sheetName,
      stickyRowsCount: 1,
      columns: columns.map((c) => ({ width: Math.min(Math.max(c.header.length + 2, 14), 40) })),
    },
    {
      data: [listHeader.map(headerCell), ...listRows.map((r) => r.map((v) => dataCell(v || null, true)))],
      sheet: lists.name,
      stickyRowsCount: 1,
      columns: listHeader.map(() => ({ width: 28 })),
    },
  ];
}

export function templateXlsx(model: TemplateModel, sheetName: string): Promise<Blob> {
  return writeXlsxFile(templateSheets(model, sheetName)).toBlob();
}

/** With a BOM: Excel opens a CSV without one in the Windows code page and garbles any non-ASCII title. */
export function templateCsv(model: TemplateModel): Blob {
  const text = Papa.unparse([model.columns.map((c) => c.header), model.example.map(cellText)]);
  return new Blob(['\uFEFF', text, '\r\n'], { type: 'text/csv;charset=utf-8' });
}

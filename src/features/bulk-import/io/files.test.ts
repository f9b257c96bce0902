import { describe, expect, it } from 'vitest';
import { everyKindFlowRaw } from '../../../flow/fixtures';
import { rowChecker } from '../../../flow/import/check-row';
import { autoMap } from '../../../flow/import/mapping';
import { importTargets } from '../../../flow/import/targets';
import { templateModel } from '../../../flow/import/template';
import { testLists } from '../../../flow/import/testing';
import { normaliseFlow } from '../../../flow/normalise';
import { failedRowsXlsx } from './failed-rows-file';
import { parseSource, type ParseResult } from './parse-source';
import { templateCsv, templateXlsx } from './template-file';

const flow = normaliseFlow(everyKindFlowRaw);
const lists = testLists();

function sheetOf(r: ParseResult) {
  if (!r.ok) throw new Error(`not read: ${r.problem.code}`);
  return r.sheet;
}

/** The file read back as the import reads any file, mapped and checked: the example row must pass. */
async function importExample(file: Blob, name: string) {
  const sheet = sheetOf(await parseSource({ file, name }));
  const mapping = autoMap(sheet.header, importTargets(flow));
  const check = rowChecker(flow, mapping, lists);
  return { sheet, mapping, errors: sheet.rows.map((r) => check(r.cells).errors) };
}

describe('the files the import writes', () => {
  const model = templateModel(flow, lists);

  it('a .csv template reads back with every column mapped and its example row ready', async () => {
    const { sheet, mapping, errors } = await importExample(templateCsv(model), 'template.csv');
    expect(sheet.header).toEqual(model.columns.map((c) => c.header));
    expect(mapping).toEqual(model.columns.map((c) => c.target));
    expect(errors).toEqual([[]]);
  });

  it('an .xlsx template reads back the same way, with its lists on a second sheet', async () => {
    const file = await templateXlsx(model, 'Tasks');
    const read = await parseSource({ file, name: 'template.xlsx' });
    expect(read.ok && read.sheetNames).toEqual(['Tasks', model.lists.name]);
    const { mapping, errors } = await importExample(file, 'template.xlsx');
    expect(mapping).toEqual(model.columns.map((c) => c.target));
    expect(errors).toEqual([[]]);
  });

  it('failed rows come back as they were typed, with their messages in an Error column', async () => {
    const header = ['Customer name', 'Phone', 'Weight', 'Hub'];
    const rows = [
      {
        row: { line: 3, cells: ['Siti', '0812345678', 'dua', 'Jakarta Pusat'] },
        errors: ['Weight: not a number.'],
      },
      {
        row: { line: 9, cells: ['Budi', '0813', 2.5, 'Bandug'] },
        errors: ['Hub: no hub “Bandug”.', 'Phone: too short.'],
      },
    ];
    const file = await failedRowsXlsx(header, 'Error', rows, 'Failed rows');
    const sheet = sheetOf(await parseSource({ file, name: 'failed.xlsx' }));
    expect(sheet.header).toEqual([...header, 'Error']);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ['Siti', '0812345678', 'dua', 'Jakarta Pusat', 'Weight: not a number.'],
      ['Budi', '0813', 2.5, 'Bandug', 'Hub: no hub “Bandug”. Phone: too short.'],
    ]);
  });
});

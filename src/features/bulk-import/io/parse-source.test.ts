import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_ROWS } from './limits';
import { parseSource, type ParseResult } from './parse-source';

const file = (parts: BlobPart[], name: string) => ({ file: new Blob(parts), name });
const bytes = (...b: number[]) => new Uint8Array(b);

function ok(r: ParseResult) {
  if (!r.ok) throw new Error(`not read: ${r.problem.code}`);
  return r;
}
const problem = (r: ParseResult) => (r.ok ? 'read' : r.problem.code);

async function xlsx(sheets: { sheet: string; data: unknown[][] }[]): Promise<Blob> {
  const buf = await writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.sheet,
      data: s.data.map((r) =>
        r.map((value) => (value instanceof Date ? { value, format: 'yyyy-mm-dd' } : { value })),
      ),
    })) as never,
  ).toBuffer();
  return new Blob([new Uint8Array(buf)]);
}

describe('parseSource', () => {
  it('reads an .xlsx with its line numbers, keeping text, numbers and dates as they were', async () => {
    const blob = await xlsx([
      {
        sheet: 'Orders',
        data: [
          ['Customer name', 'Phone', 'Delivered'],
          ['Siti', '0812345678', new Date(Date.UTC(2026, 0, 5))],
          [null, null, null],
          ['Budi', 62812, null],
        ],
      },
    ]);
    const r = ok(await parseSource({ file: blob, name: 'orders.xlsx' }));
    expect(r.kind).toBe('xlsx');
    expect(r.sheet.header).toEqual(['Customer name', 'Phone', 'Delivered']);
    expect(r.sheet.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(r.sheet.rows[0]?.cells).toEqual(['Siti', '0812345678', new Date(Date.UTC(2026, 0, 5))]);
    expect(r.sheet.rows[1]?.cells).toEqual(['Budi', 62812, null]);
  });

  it('reads times and numbers as Excel shows them, not as binary fractions store them', async () => {
    const blob = await xlsx([
      {
        sheet: 'Pengiriman',
        data: [
          ['Waktu mulai', 'Lintang'],
          [new Date(Date.UTC(2026, 11, 7, 8, 0)), -6.9175 - 0.0011],
        ],
      },
    ]);
    const r = ok(await parseSource({ file: blob, name: 'pengiriman.xlsx' }));
    expect(r.sheet.rows[0]?.cells).toEqual([new Date(Date.UTC(2026, 11, 7, 8, 0)), -6.9186]);
  });

  it('lists the sheets of a workbook and reads the one asked for', async () => {
    const blob = await xlsx([
      { sheet: 'Notes', data: [['Read me'], ['x']] },
      { sheet: 'Tasks', data: [['Customer name'], ['Dewi']] },
    ]);
    const first = ok(await parseSource({ file: blob, name: 'book.xlsx' }));
    expect(first.sheetNames).toEqual(['Notes', 'Tasks']);
    expect(first.sheet.name).toBe('Notes');
    const second = ok(await parseSource({ file: blob, name: 'book.xlsx' }, { sheet: 'Tasks' }));
    expect(second.sheet.rows[0]?.cells).toEqual(['Dewi']);
  });

  it('detects the semicolon of an Indonesian CSV with decimal commas, BOM or not', async () => {
    const text = 'Nama;Berat;Alamat\r\nSiti;2,5;"Jl. Merdeka 1; Jakarta"\r\n';
    for (const parts of [[text], ['\uFEFF' + text]]) {
      const r = ok(await parseSource(file(parts, 'pesanan.csv')));
      expect(r.delimiter).toBe(';');
      expect(r.sheet.header).toEqual(['Nama', 'Berat', 'Alamat']);
      expect(r.sheet.rows[0]?.cells).toEqual(['Siti', '2,5', 'Jl. Merdeka 1; Jakarta']);
      expect(r.encoding).toBeUndefined();
    }
  });

  it('takes the delimiter the person chose over the detected one', async () => {
    const r = ok(await parseSource(file(['a;b,c\n1;2,3\n'], 'x.csv'), { delimiter: ',' }));
    expect(r.sheet.header).toEqual(['a;b', 'c']);
  });

  it('reads bytes that are not UTF-8 as windows-1252 and says so', async () => {
    const r = ok(
      await parseSource(file([bytes(0x4e, 0x61, 0x6d, 0x61, 0x0a, 0x4a, 0x6f, 0x73, 0xe9, 0x0a)], 'x.csv')),
    );
    expect(r.sheet.rows[0]?.cells).toEqual(['José']);
    expect(r.encoding).toBe('windows-1252');
  });

  it('reads UTF-16 with a byte order mark', async () => {
    const text = 'Nama\tKota\nSiti\tBandung\n';
    const body = new Uint8Array(text.length * 2);
    [...text].forEach((ch, i) => (body[i * 2] = ch.charCodeAt(0)));
    const r = ok(await parseSource(file([bytes(0xff, 0xfe), body], 'x.txt')));
    expect(r.sheet.rows[0]?.cells).toEqual(['Siti', 'Bandung']);
  });

  it('reads a paste from a spreadsheet as tab-separated rows', async () => {
    const r = ok(await parseSource({ text: 'Customer name\tWeight\nSiti\t2,5\n\nBudi\t3\n' }));
    expect(r.kind).toBe('paste');
    expect(r.sheet.rows.map((row) => [row.line, ...row.cells])).toEqual([
      [2, 'Siti', '2,5'],
      [4, 'Budi', '3'],
    ]);
  });

  it('names each bad file for what it is', async () => {
    expect(problem(await parseSource(file([], 'x.csv')))).toBe('empty');
    expect(problem(await parseSource(file(['\n\n  \n'], 'x.csv')))).toBe('empty');
    expect(problem(await parseSource(file(['1,2\n3,4\n'], 'x.csv')))).toBe('noHeader');
    expect(problem(await parseSource(file([bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1)], 'x.xlsx')))).toBe(
      'encrypted',
    );
    expect(problem(await parseSource(file([bytes(0x50, 0x4b, 3, 4, 9, 9, 9)], 'x.xlsx')))).toBe('corrupt');
    expect(problem(await parseSource(file(['hello'], 'x.xlsx')))).toBe('corrupt');
    expect(problem(await parseSource(file(['%PDF-1.4'], 'x.pdf')))).toBe('unsupported');
    expect(problem(await parseSource(file([bytes(0x4e, 0, 0x61, 0)], 'x.csv')))).toBe('encoding');
  });

  it('refuses more rows than an import takes, and files over the size cap, without reading them', async () => {
    const many = ['Name\n', ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => `row ${i}\n`)];
    const r = await parseSource(file(many, 'x.csv'));
    expect(r).toEqual({ ok: false, problem: { code: 'tooManyRows', rows: MAX_ROWS + 1, max: MAX_ROWS } });
    const huge = { size: MAX_FILE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) } as Blob;
    expect(problem(await parseSource({ file: huge, name: 'x.csv' }))).toBe('tooLarge');
  });
});

// .xlsx bytes → the workbook's sheets. The universal entry reads an ArrayBuffer anywhere (our worker,
// Node, jsdom) and starts no workers of its own.
import readXlsxFile from 'read-excel-file/universal';
import type { ReadProblem } from './read-problem';

export interface XlsxSheet {
  name: string;
  data: unknown[][];
}

/** An OLE compound file (D0 CF 11 E0): Excel encrypts a password-protected .xlsx into one; old .xls too. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export async function readXlsx(buffer: ArrayBuffer): Promise<XlsxSheet[] | ReadProblem> {
  const bytes = new Uint8Array(buffer);
  if (bytes.length === 0) return { code: 'empty' };
  if (isCompoundFile(bytes)) return { code: 'encrypted' };
  if (!isZip(bytes)) return { code: 'corrupt' };
  try {
    const sheets = await readXlsxFile(buffer);
    return sheets.map((s) => ({ name: s.sheet, data: s.data as unknown[][] }));
  } catch {
    return { code: 'corrupt' };
  }
}

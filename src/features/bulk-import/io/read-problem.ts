// Why a file or a paste could not be read, as data the screen turns into a message (decision 045).
export type ReadProblem =
  | { code: 'tooLarge'; maxMb: number }
  | { code: 'tooManyRows'; rows: number; max: number }
  | { code: 'empty' }
  | { code: 'noHeader' }
  /** an OLE compound file: a password-protected .xlsx or an old .xls */
  | { code: 'encrypted' }
  | { code: 'corrupt' }
  | { code: 'unsupported' }
  /** UTF-16 without a byte order mark, or other bytes no text decoder here reads */
  | { code: 'encoding' };

export function isProblem(v: unknown): v is ReadProblem {
  return typeof v === 'object' && v !== null && 'code' in v && !('header' in v);
}

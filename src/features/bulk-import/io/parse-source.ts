// The whole of reading a source, pure and synchronous-looking: the worker (parse-worker.ts) is a thin
// shell around it, and tests call it directly (jsdom has no Worker).
import type { Sheet } from '../../../flow/import/types';
import type { SourceKind } from '../session/types';
import { decodeText, type TextEncodingName } from './decode';
import { detectDelimiter, type Delimiter } from './delimiter';
import { MAX_FILE_BYTES, MAX_FILE_MB } from './limits';
import { readDelimited } from './read-delimited';
import { isProblem, type ReadProblem } from './read-problem';
import { isCompoundFile, isZip, readXlsx } from './read-xlsx';
import { toSheet } from './to-sheet';

export type ParseInput = { file: Blob; name: string } | { text: string };

export interface ParseOptions {
  /** the delimiter chosen by the person (else detected from the header line) */
  delimiter?: Delimiter;
  /** the workbook sheet chosen by the person (else the first) */
  sheet?: string;
}

export type ParseResult =
  | {
      ok: true;
      sheet: Sheet;
      kind: SourceKind;
      /** every sheet of a workbook, to choose from when there are several */
      sheetNames: string[];
      delimiter?: Delimiter;
      /** set when the bytes were not UTF-8 and were read as windows-1252 */
      encoding?: TextEncodingName;
    }
  | { ok: false; problem: ReadProblem };

const fail = (problem: ReadProblem): ParseResult => ({ ok: false, problem });

function kindOf(name: string, bytes: Uint8Array): SourceKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (isZip(bytes) || isCompoundFile(bytes) || ext === 'xlsx' || ext === 'xls') return 'xlsx';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  if (ext === 'csv' || ext === 'txt' || ext === '') return 'csv';
  return null;
}

export async function parseSource(input: ParseInput, options: ParseOptions = {}): Promise<ParseResult> {
  if ('text' in input) return parseText(input.text, 'paste', options.delimiter ?? '\t');
  if (input.file.size > MAX_FILE_BYTES) return fail({ code: 'tooLarge', maxMb: MAX_FILE_MB });
  if (input.file.size === 0) return fail({ code: 'empty' });
  const buffer = await input.file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  const kind = kindOf(input.name, bytes);
  if (kind === null) return fail({ code: 'unsupported' });
  if (kind === 'xlsx') return parseWorkbook(buffer, options.sheet);
  const decoded = decodeText(bytes);
  if (isProblem(decoded)) return fail(decoded);
  const delimiter = options.delimiter ?? (kind === 'tsv' ? '\t' : detectDelimiter(decoded.text));
  const result = parseText(decoded.text, kind, delimiter);
  return result.ok && decoded.encoding === 'windows-1252'
    ? { ...result, encoding: decoded.encoding }
    : result;
}

function parseText(text: string, kind: SourceKind, delimiter: Delimiter): ParseResult {
  if (text.trim() === '') return fail({ code: 'empty' });
  const sheet = toSheet('', readDelimited(text, delimiter));
  if (isProblem(sheet)) return fail(sheet);
  return { ok: true, sheet, kind, sheetNames: [], delimiter };
}

async function parseWorkbook(buffer: ArrayBuffer, wanted: string | undefined): Promise<ParseResult> {
  const sheets = await readXlsx(buffer);
  if (isProblem(sheets)) return fail(sheets);
  const chosen = sheets.find((s) => s.name === wanted) ?? sheets[0];
  if (!chosen) return fail({ code: 'empty' });
  const sheet = toSheet(chosen.name, chosen.data);
  if (isProblem(sheet)) return fail(sheet);
  return { ok: true, sheet, kind: 'xlsx', sheetNames: sheets.map((s) => s.name) };
}

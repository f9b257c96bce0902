// CSV, TSV and pasted cells → raw rows. The delimiter is always given: papaparse's guess is fooled by
// decimal commas (decision 045).
import Papa from 'papaparse';
import type { Delimiter } from './delimiter';

export function readDelimited(text: string, delimiter: Delimiter): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  return result.data;
}

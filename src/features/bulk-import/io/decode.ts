// Bytes of a CSV or TSV → text. Excel saves "CSV UTF-8" with a BOM, plain "CSV" in the Windows code page
// (windows-1252 in Indonesia), and "Unicode text" as UTF-16 with a BOM (decision 045).
import type { ReadProblem } from './read-problem';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array): Decoded | ReadProblem {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
  // NUL bytes never occur in a text file in an 8-bit encoding: this is UTF-16 that lost its BOM.
  if (body.subarray(0, 4096).includes(0)) return { code: 'encoding' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decode('windows-1252', body), encoding: 'windows-1252' };
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

// The CSV delimiter, from the header line: Indonesian Excel writes `;` (its decimal mark is the comma),
// so papaparse's own guess, fooled by decimal commas in the data, is not used (decision 045).
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  // On a tie the one rarer inside values wins: a tab, then a semicolon. No delimiter at all: one column.
  const best = (['\t', ';', ','] as const).reduce((b, d) => (counts[d] > counts[b] ? d : b));
  return counts[best] > 0 ? best : ',';
}

/** Case- and accent-insensitive "contains" on the flow name; every word typed must appear. */
export function filterNames(names: readonly string[], query: string): string[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...names];
  return names.filter((name) => {
    const folded = fold(name);
    return words.every((w) => folded.includes(w));
  });
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Sorting records by a caller-chosen key (GET /flows `sort_by`, GET /hubs `sortBy`): numbers as numbers,
// text without regard to case, records lacking the key last in either direction.
export function sortByKey<T extends Record<string, unknown>>(
  items: readonly T[],
  key: string,
  order: 'asc' | 'desc',
): T[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const x = Object.hasOwn(a, key) ? a[key] : undefined;
    const y = Object.hasOwn(b, key) ? b[key] : undefined;
    if (x === undefined || x === null) return y === undefined || y === null ? 0 : 1;
    if (y === undefined || y === null) return -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y), 'en', { sensitivity: 'base', numeric: true });
  });
}

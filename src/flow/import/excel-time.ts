// Kept apart from cell-dates.ts (which brings date-fns and its locales) so the parse worker can use it too.

/** An Excel date cell is a day's fraction stored in binary: 08:00 may come back as 07:59:59.999. */
export function nearestSecond(date: Date): Date {
  return new Date(Math.round(date.getTime() / 1000) * 1000);
}

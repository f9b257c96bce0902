/** MileApp's timestamp form for flows, hubs and users: microseconds and `Z` (2022-05-25T06:49:36.308000Z). */
export function recordTime(d: Date): string {
  return d.toISOString().replace(/Z$/, '000Z');
}

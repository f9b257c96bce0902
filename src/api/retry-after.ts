/** The longest wait a Retry-After header is taken at: a larger one is read as this, so a tab never sleeps for days. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

/**
 * A `Retry-After` header (RFC 9110 §10.2.3: delay-seconds or an HTTP date) as milliseconds from `now`;
 * undefined when absent or unreadable, 0 for a date already past.
 */
export function readRetryAfter(
  header: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (header === null || header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  // Only the date forms: Date.parse would otherwise read "1.5" or "soon-ish" in its own way.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(at - now, 0), MAX_RETRY_AFTER_MS);
}

/** The header our server (and any MileApp-compatible proxy in front of it) uses to create a task once. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * A random v4 UUID naming one task the person means to create. `crypto.randomUUID` exists only in secure
 * contexts; a phone opening the app over plain http on a LAN still has `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

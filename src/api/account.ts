import { trimBaseUrl } from './base-url';
import type { Connection } from './connection';

/**
 * Names the account an entry belongs to without keeping its token: a hash of API address and token.
 * An entry is only ever sent with the connection it was made under, never into another organisation.
 */
export async function accountOf(conn: Connection): Promise<string> {
  const data = new TextEncoder().encode(`${trimBaseUrl(conn.baseUrl)}\n${conn.token}`);
  if (typeof crypto.subtle?.digest === 'function') {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
    return [...hash.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  // Plain-http pages on a LAN have no crypto.subtle: a non-cryptographic FNV-1a keeps accounts apart.
  let h = 0x811c9dc5;
  for (const b of data) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return `fnv-${h.toString(16)}`;
}

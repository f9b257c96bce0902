// A fetch the page's Content-Security-Policy refuses (connect-src) fails exactly like an unreachable
// server. The browser reports the refusal as a `securitypolicyviolation` event on the document, queued
// just after the fetch has failed; the origins it names are remembered here for the page's lifetime
// (the policy of a loaded page never changes).
const blocked = new Set<string>();

function originOf(url: string): string | null {
  try {
    return new URL(url, window.location.href).origin;
  } catch {
    return null;
  }
}

let listening = false;

/** Starts listening (from the first API call on: a refusal before that cannot concern the API). */
export function watchPolicy(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('securitypolicyviolation', (e) => {
    if (e.effectiveDirective !== 'connect-src') return;
    const origin = originOf(e.blockedURI);
    if (origin !== null) blocked.add(origin);
  });
}

/**
 * Whether the failed fetch of `url` was refused by the page's policy rather than by the network. The
 * page's own origin is always allowed; for another one this waits for the event the browser queues.
 */
export async function refusedByPolicy(url: string): Promise<boolean> {
  const origin = originOf(url);
  if (origin === null || origin === window.location.origin) return false;
  if (!blocked.has(origin)) await new Promise((done) => setTimeout(done, 0));
  return blocked.has(origin);
}

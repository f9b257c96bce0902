// An idempotency key names one attempt to create one body, not a draft: two tabs that open the same draft
// and send different values make two attempts, and neither can be refused for the other's key. The pending
// attempt is kept with the draft, so a tab closed mid-request that sends the same body again reuses its
// key and cannot create the task twice (docs/decisions/028-idempotency-per-attempt.md).
import { newIdempotencyKey } from '../../../api/idempotency-key';

export interface Attempt {
  key: string;
  /** of the body the key was first sent with */
  fingerprint: string;
}

export interface Attempts {
  /** the pending attempt's key when `body` is the body it was made for, else the key of a new attempt */
  keyFor(body: unknown): string;
  /** the attempt sent and not yet answered for good, kept with the draft */
  pending(): Attempt | undefined;
  /** the server gave its final answer (created, or refused the body): the next send is a new attempt */
  end(): void;
}

/** cyrb53: a fast 53-bit string hash; collisions only cost a refused resend (409), never a duplicate. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function fingerprintOf(body: unknown): string {
  return hash(JSON.stringify(body));
}

/**
 * `restored`: the attempt a draft kept. `sameTask`: the key of a task taken back from the outbox, whose
 * earlier tries may have created it: every body is sent under it until the server's final answer.
 */
export function createAttempts(restored?: Attempt, sameTask?: string): Attempts {
  let pending = restored;
  let sticky = sameTask;
  return {
    keyFor(body) {
      const fingerprint = fingerprintOf(body);
      if (sticky !== undefined) pending = { key: sticky, fingerprint };
      else if (pending?.fingerprint !== fingerprint) pending = { key: newIdempotencyKey(), fingerprint };
      return pending.key;
    },
    pending: () => pending,
    end() {
      pending = undefined;
      sticky = undefined;
    },
  };
}

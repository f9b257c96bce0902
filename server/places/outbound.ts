// Every request this server makes to another host (geocoders, map links): an identifying User-Agent, a
// time limit for the whole exchange, and a cap on the bytes read, so a slow or huge answer can neither
// hold a request open nor fill memory.
export interface OutboundOptions {
  userAgent: string;
  timeoutMs: number;
  /** bytes of body read at most; a longer answer is refused */
  maxBytes: number;
}

export type Outcome =
  | { ok: true; status: number; headers: Headers; body: string }
  | { ok: false; reason: 'timeout' | 'unreachable' | 'too-large' };

/** GET `url` without following redirects; the body is read only when `readBody` says so. */
export async function outboundGet(
  url: string,
  opts: OutboundOptions & {
    accept?: string;
    headers?: Record<string, string>;
    readBody?: (status: number) => boolean;
  },
): Promise<Outcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  try {
    const res = await fetch(url, {
      redirect: 'manual',
      signal: controller.signal,
      headers: { ...opts.headers, 'user-agent': opts.userAgent, accept: opts.accept ?? 'application/json' },
    });
    if (opts.readBody !== undefined && !opts.readBody(res.status)) {
      await res.body?.cancel();
      return { ok: true, status: res.status, headers: res.headers, body: '' };
    }
    const body = await readCapped(res, opts.maxBytes);
    if (body === undefined) {
      controller.abort();
      return { ok: false, reason: 'too-large' };
    }
    return { ok: true, status: res.status, headers: res.headers, body };
  } catch {
    return { ok: false, reason: timedOut ? 'timeout' : 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) return undefined;
  if (res.body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

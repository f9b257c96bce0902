// The per-organisation limit across three instances: one organisation sends as fast as it can to all
// three; the shared Redis window must hold it near RATE_LIMIT per second in total (three processes counting
// alone would let through three times as much), while another organisation's steady trickle is never refused.
import type { Service } from '../../test/support/services';
import type { Check } from './check';
import { Instances } from './instances';

const LIMIT = 60;
const SECONDS = 5;
const BURST_CLIENTS = 30;
/** Fixed one-second windows can straddle the run's start and end: one extra window, plus a little. */
const SLACK = 0.1;
/** Nusantara Logistik, the seed's second organisation: its dispatcher's token. */
const OTHER_TOKEN = 'other-nadia-9d1e6b3a7c5f4e2d8b0a1c9e7f5d3b2a';

async function get(url: string, token: string): Promise<number | undefined> {
  try {
    const res = await fetch(`${url}/api/v3/hubs`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(5_000),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return undefined;
  }
}

export async function rateLimitRound(store: Record<string, string>, redis: Service) {
  const instances = new Instances({
    ...store,
    REDIS_URL: redis.url,
    RATE_LIMIT: String(LIMIT),
    LOG_LEVEL: 'warn',
  });
  await instances.start(3);
  const token = instances.token;
  const urls = instances.targets.map((t) => t.url);
  try {
    const stopAt = Date.now() + SECONDS * 1000;
    const burst: (number | undefined)[] = [];
    const other: (number | undefined)[] = [];
    await Promise.all([
      ...Array.from({ length: BURST_CLIENTS }, async (_, c) => {
        for (let n = 0; Date.now() < stopAt; n++) burst.push(await get(urls[(c + n) % urls.length]!, token));
      }),
      ...urls.map(async (url) => {
        while (Date.now() < stopAt) {
          other.push(await get(url, OTHER_TOKEN));
          await new Promise((r) => setTimeout(r, 250));
        }
      }),
    ]);
    const accepted = burst.filter((s) => s === 200).length;
    const refused = burst.filter((s) => s === 429).length;
    const bound = Math.ceil(LIMIT * (SECONDS + 1) * (1 + SLACK));
    const otherRefused = other.filter((s) => s !== 200).length;
    const checks: Check[] = [
      {
        title: `one organisation flooding three instances gets at most its limit in total (${LIMIT}/s over ${SECONDS} s, one window and ${SLACK * 100}% of slack)`,
        ok: accepted <= bound && refused > 0 && accepted >= LIMIT * (SECONDS - 1),
        detail: `${accepted} answered 200 and ${refused} answered 429 of ${burst.length}; bound ${bound}; three separate counters would have allowed about ${3 * LIMIT * SECONDS}`,
      },
      {
        title: 'another organisation is never throttled meanwhile',
        ok: other.length > 0 && otherRefused === 0,
        detail: `${other.length} requests from the other organisation, ${otherRefused} not answered 200`,
      },
    ];
    return {
      checks,
      cases: burst.length + other.length,
      injects: `${BURST_CLIENTS} clients of one organisation send GET /hubs as fast as they can to three instances sharing one Redis, with RATE_LIMIT=${LIMIT} per second, for ${SECONDS} s; a second organisation sends one request every 250 ms to each instance.`,
      figures: {
        'requests of the flooding organisation': burst.length,
        'answered 200': accepted,
        'answered 429': refused,
        'bound (limit × (seconds + 1) + slack)': bound,
        'other organisation: requests / refused': `${other.length} / ${otherRefused}`,
      },
    };
  } catch (e) {
    console.error(instances.output());
    throw e;
  } finally {
    await instances.stopAll();
  }
}

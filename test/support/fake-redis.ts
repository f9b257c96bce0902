// Just enough of an ioredis client for @fastify/rate-limit's Redis store and our readiness ping: the
// store defines two Lua scripts (`rateLimit`: INCR, PEXPIRE on the first hit, else PTTL; and a
// read-only `rateLimitRead`) and calls them with a callback. Here they are done in JS on one map, so
// two app instances holding the same fake share one count, as they would share one Redis.
type Callback = (err: Error | null, result?: [number, number]) => void;

export class FakeRedis {
  /** when true every command fails, as while the connection is down */
  down = false;
  /** rateLimit scripts run, for the tests to see the store was used */
  calls = 0;
  private readonly keys = new Map<string, { count: number; expiresAt: number }>();
  [command: string]: unknown;

  constructor(private readonly now: () => number = Date.now) {}

  defineCommand(name: string, _definition: { numberOfKeys: number; lua: string }): void {
    if (name === 'rateLimit') this.rateLimit = this.increment.bind(this);
    else if (name === 'rateLimitRead') this.rateLimitRead = this.read.bind(this);
    else throw new Error(`FakeRedis: no script ${name}`);
  }

  async ping(): Promise<string> {
    if (this.down) throw new Error('Connection is closed.');
    return 'PONG';
  }

  private live(key: string) {
    const entry = this.keys.get(key);
    return entry !== undefined && entry.expiresAt > this.now() ? entry : undefined;
  }

  private increment(key: string, timeWindow: number, ...rest: unknown[]): void {
    const cb = rest[rest.length - 1] as Callback;
    this.calls++;
    if (this.down) return void queueMicrotask(() => cb(new Error('Connection is closed.')));
    let entry = this.live(key);
    if (entry === undefined) this.keys.set(key, (entry = { count: 0, expiresAt: this.now() + timeWindow }));
    entry.count++;
    const ttl = entry.expiresAt - this.now();
    queueMicrotask(() => cb(null, [entry.count, ttl]));
  }

  private read(key: string, cb: Callback): void {
    const entry = this.live(key);
    queueMicrotask(() => cb(null, entry ? [entry.count, entry.expiresAt - this.now()] : [0, 0]));
  }
}

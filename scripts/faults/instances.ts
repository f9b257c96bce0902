// Three server processes sharing one PostgreSQL and one Redis, each killable and restartable on its port.
import { startServerProcess, type ServerProcess } from '../../test/support/server-process';

/** seconds of load before the first fault */
const FIRST_FAULT_S = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Instances {
  readonly live: (ServerProcess | undefined)[] = [];
  readonly ports: number[] = [];

  constructor(
    private readonly env: Record<string, string>,
    /** false for gateways (UPSTREAM mode), which print no demo token */
    private readonly demoToken = true,
  ) {}

  private launch(port?: number): Promise<ServerProcess> {
    return startServerProcess({
      env: this.env,
      demoToken: this.demoToken,
      ...(port !== undefined ? { port } : {}),
    });
  }

  /** Starts the first alone (it migrates and seeds the shared database), then the others together. */
  async start(count: number): Promise<void> {
    this.live[0] = await this.launch();
    this.ports[0] = this.live[0].port;
    const rest = await Promise.all(Array.from({ length: count - 1 }, () => this.launch()));
    rest.forEach((s, i) => {
      this.live[i + 1] = s;
      this.ports[i + 1] = s.port;
    });
  }

  get token(): string {
    return this.live.find((s) => s !== undefined)!.token;
  }

  get targets(): { url: string }[] {
    return this.ports.map((p) => ({ url: `http://127.0.0.1:${p}` }));
  }

  /** The process dies at once: no answer for what it had in flight, nothing flushed. */
  async kill(i: number): Promise<void> {
    await this.live[i]?.stop({ signal: 'SIGKILL' });
    this.live[i] = undefined;
  }

  /** A clean stop (SIGTERM: drain, then exit), then a new process on the same port. */
  async restart(i: number): Promise<number | null> {
    const old = this.live[i];
    let code: number | null = null;
    if (old !== undefined) {
      old.child.kill('SIGTERM');
      code = await old.exited;
      await old.stop();
    }
    this.live[i] = await this.launch(this.ports[i]);
    return code;
  }

  async revive(i: number): Promise<void> {
    this.live[i] = await this.launch(this.ports[i]);
  }

  /**
   * The faults every round injects while its clients run: instance 0 killed, instance 1 stopped cleanly
   * and restarted, instance 0 started again. Returns what happened when, for the report.
   */
  async injectFaults(name: string): Promise<string[]> {
    const started = Date.now();
    const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    const events: string[] = [];
    await sleep(FIRST_FAULT_S * 1000);
    await this.kill(0);
    events.push(`${name} 0 killed (SIGKILL) at ${at()}`);
    await sleep(2_000);
    const code = await this.restart(1);
    events.push(`${name} 1 stopped (SIGTERM, exit ${code}) and restarted at ${at()}`);
    await sleep(2_000);
    await this.revive(0);
    events.push(`${name} 0 started again at ${at()}`);
    return events;
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.live.map((s) => s?.stop({ signal: 'SIGKILL' })));
  }

  output(): string {
    return this.live.map((s, i) => `--- instance ${i}\n${s?.stdout() ?? ''}${s?.stderr() ?? ''}`).join('\n');
  }
}

// server/main.ts as `npm start` runs it: a real process under tsx, configured by environment and flags.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { client, DEMO_TOKEN, DOCS_BODY } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'composer-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs main.ts until it exits, or until `until` matches its output (then stops it with SIGTERM). */
function run(
  env: Record<string, string>,
  args: string[] = [],
  until?: (out: string) => Promise<void> | undefined,
): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    env: { ...process.env, PORT: '0', DATABASE: join(dir, 'main.db'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let acting = false;
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
    const action = !acting && until ? until(stdout) : undefined;
    if (action) {
      acting = true;
      void action.finally(() => child.kill('SIGTERM'));
    }
  });
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('server/main.ts', () => {
  it('prints the URL and the demo token; the docs’ curl works with that token', async () => {
    let created: { status: number; body: { task: { hub: { name: string }; createdBy: string } } } | undefined;
    const r = await run({}, [], (out) => {
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      const token = /^Demo token: (\S+)$/m.exec(out)?.[1];
      if (url === undefined || token === undefined) return undefined;
      return client(`${url}/api/v3`, token)('POST', '/task', DOCS_BODY).then((res) => {
        created = res;
      });
    });
    expect(r.stdout).toMatch(/^Task Composer is running at http:\/\/127\.0\.0\.1:\d+$/m);
    expect(r.stdout).toContain(`Demo token: ${DEMO_TOKEN}\n`);
    expect(created?.status).toBe(201);
    expect(created?.body.task.hub.name).toBe('Jakarta');
    expect(created?.body.task.createdBy).toBe('Roger');
    expect(r.stderr).toBe('');
  }, 20_000);

  it.each<[string, Record<string, string>, string[], RegExp]>([
    ['a bad PORT', { PORT: 'http' }, [], /^PORT must be a whole number from 0 to 65535, got "http"\.\n$/],
    ['an unknown flag', {}, ['--verbose'], /^Unknown argument "--verbose"/],
    ['a bad UPSTREAM', { UPSTREAM: 'mile.app' }, [], /^UPSTREAM must be an absolute http\(s\) URL/],
  ])(
    '%s: one line on stderr, exit code 1',
    async (_what, env, args, message) => {
      const r = await run(env, args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    },
    20_000,
  );

  it('a bad organisation file: file, JSON path and problem on stderr, exit code 1', async () => {
    const seed = join(dir, 'bad.json');
    writeFileSync(
      seed,
      JSON.stringify({ organizations: [{ _id: 'x', name: 'A', hubs: [], users: [], flows: [] }] }),
    );
    const r = await run({}, ['--seed', seed]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${seed}: $.organizations[0]._id: must be a 24-character hexadecimal id\n`);
  }, 20_000);

  it('a port already in use: one line, exit code 1', async () => {
    const { createServer } = await import('node:net');
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = String((busy.address() as { port: number }).port);
    const r = await run({ PORT: port });
    busy.close();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^Cannot listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`));
  }, 20_000);
});

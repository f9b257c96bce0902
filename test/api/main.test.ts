// server/main.ts as `npm start` runs it: a real process under tsx, configured by environment and flags.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runServerProcess, startServerProcess } from '../support/server-process';
import { client, DEMO_TOKEN, DOCS_BODY } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'composer-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs main.ts until it exits by itself. */
const run = (env: Record<string, string>, args: string[] = []) => runServerProcess({ dir, env, args });

describe('server/main.ts', () => {
  it('prints the URL and the demo token; the docs’ curl works with that token', async () => {
    const server = await startServerProcess({ dir });
    const created = await client(server.api, server.token)<{
      task: { hub: { name: string }; createdBy: string };
    }>('POST', '/task', DOCS_BODY);
    await server.stop({ keep: true });
    expect(server.stdout()).toMatch(/^Task Composer is running at http:\/\/127\.0\.0\.1:\d+$/m);
    expect(server.stdout()).toContain(`Demo token: ${DEMO_TOKEN}\n`);
    expect(created.status).toBe(201);
    expect(created.body.task.hub.name).toBe('Jakarta');
    expect(created.body.task.createdBy).toBe('Roger');
    expect(server.stderr()).toBe('');
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

// A stop signal to the real server process (docs/decisions/066): the request in flight is finished and
// its task stored, new connections are refused at once, and the process exits 0; a request that never
// finishes is cut when the grace period ends, and the process still exits 0 in bounded time.
import { connect, type Socket } from 'node:net';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseRaw, type RawAnswer } from '../support/raw-http';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { DOCS_BODY } from './harness';

/**
 * A POST /task in flight: its head read by the server (it answered `100 Continue`) and half its body
 * sent. `rest()` sends the second half and resolves with the answer.
 */
function halfSentCreate(server: ServerProcess): Promise<{ rest(): Promise<RawAnswer> }> {
  const body = Buffer.from(JSON.stringify(DOCS_BODY));
  const cut = Math.floor(body.length / 2);
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(server.port, '127.0.0.1', () => {
      socket.write(
        `POST /api/v3/task HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${server.token}\r\n` +
          `Accept: application/json\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n` +
          `Expect: 100-continue\r\n\r\n`,
      );
    });
    let text = '';
    let answered: (answer: RawAnswer) => void = () => undefined;
    const answer = new Promise<RawAnswer>((done) => (answered = done));
    socket.on('data', (d: Buffer) => {
      text += d.toString('utf8');
      if (text === 'HTTP/1.1 100 Continue\r\n\r\n') {
        socket.write(body.subarray(0, cut));
        resolve({
          rest: () => {
            socket.write(body.subarray(cut));
            return answer;
          },
        });
        return;
      }
      const parsed = parseRaw(text, 0);
      if (
        parsed.status > 0 &&
        Buffer.byteLength(parsed.body) >= Number(parsed.headers['content-length'] ?? 0)
      )
        answered(parsed);
    });
    socket.on('close', () => answered(parseRaw(text, 0)));
    socket.on('error', reject);
  });
}

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED'));
  });
}

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('graceful shutdown of the server process', () => {
  it('finishes the create in flight (201, stored), refuses new connections, exits 0', async () => {
    const server = await startServerProcess({ env: { RATE_LIMIT: '0', SHUTDOWN_GRACE_MS: '20000' } });
    try {
      const inFlight = await halfSentCreate(server);
      server.child.kill('SIGTERM');
      await until(() => server.stdout().includes('SIGTERM: finishing'), 10_000);
      expect(await connectionRefused(server.port)).toBe(true);
      const answer = await inFlight.rest();
      expect(answer.status).toBe(201);
      const id = (JSON.parse(answer.body) as { task: { _id: string } }).task._id;
      expect(await server.exited).toBe(0);
      expect(server.stdout()).toContain('Stopped.');
      const db = new Database(server.database, { readonly: true });
      try {
        expect(db.prepare('SELECT count(*) AS n FROM tasks WHERE _id = ?').get(id)).toEqual({ n: 1 });
      } finally {
        db.close();
      }
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('cuts a request that never finishes when the grace period ends, and still exits 0', async () => {
    const server = await startServerProcess({ env: { RATE_LIMIT: '0', SHUTDOWN_GRACE_MS: '500' } });
    try {
      await halfSentCreate(server);
      const started = Date.now();
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(server.stdout()).toContain('Stopped.');
    } finally {
      await server.stop();
    }
  }, 60_000);
});

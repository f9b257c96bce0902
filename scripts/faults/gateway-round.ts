// The gateway (UPSTREAM mode) under the same faults: three gateway processes sharing their
// Idempotency-Key records (one SQLite file, or the PostgreSQL of `--store postgres`) in front of a fake MileApp that stores every task and, now and then, drops the
// answer after storing it. One gateway is killed with SIGKILL mid-load and another restarted. MileApp must
// hold at most one task per key, exactly one for every acknowledged key, and a lost answer must come back
// as "may already exist", never as a second task.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Check } from './check';
import { runClients } from './clients';
import { Instances } from './instances';

const CLIENTS = 16;
const LOAD_S = 12;
/** every DROP_EVERY-th create is stored and its answer dropped, as a reset after the commit */
const DROP_EVERY = 40;
const TOKEN = 'fault-round-gateway-token-0123456789';

interface FakeMileApp {
  server: Server;
  url: string;
  stored: Map<string, number>;
  posts: number;
  dropped: number;
}

async function fakeMileApp(): Promise<FakeMileApp> {
  const fake = { stored: new Map<string, number>(), posts: 0, dropped: 0 } as FakeMileApp;
  fake.server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/task')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        return res.end('{"status":false,"message":"Not found"}');
      }
      const task = JSON.parse(body) as { field1: string };
      fake.posts++;
      fake.stored.set(task.field1, (fake.stored.get(task.field1) ?? 0) + 1);
      if (fake.posts % DROP_EVERY === 0) {
        fake.dropped++;
        return res.socket?.destroy();
      }
      res.writeHead(201, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          status: true,
          message: 'Task has been created',
          task: { _id: `t${fake.posts}`, ...task },
        }),
      );
    });
  });
  await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(fake.server.address() as { port: number }).port}/api/v3`;
  return fake;
}

const bodyFor = (marker: string) =>
  JSON.stringify({ flow: 'Visit', hubId: '634e98498ce07d29474a7e29', field1: marker, field3: '-6.2,106.8' });

/** `postgresUrl`: the gateways keep their records there (DATABASE_URL); one SQLite file of their own without */
export async function gatewayRound(postgresUrl?: string) {
  const fake = await fakeMileApp();
  const dir = mkdtempSync(join(tmpdir(), 'composer-gateways-'));
  const records: Record<string, string> =
    postgresUrl === undefined ? { DATABASE: join(dir, 'gateway.db') } : { DATABASE_URL: postgresUrl };
  const shared = postgresUrl === undefined ? 'in one SQLite file' : 'in one PostgreSQL';
  const instances = new Instances(
    { UPSTREAM: fake.url, ...records, RATE_LIMIT: '0', LOG_LEVEL: 'warn' },
    false,
  );
  const events: string[] = [];
  try {
    await instances.start(3);
    const started = Date.now();
    const load = runClients({
      targets: instances.targets,
      clients: CLIENTS,
      token: TOKEN,
      stopAt: started + LOAD_S * 1000,
      prefix: 'gateway',
      bodyFor,
    });
    events.push(...(await instances.injectFaults('gateway')));
    const outcomes = await load;

    const acknowledged = outcomes.filter((o) => o.acknowledged);
    const mayExist = outcomes.filter((o) => o.mayExist);
    const neither = outcomes.filter((o) => !o.acknowledged && !o.mayExist);
    const twice = [...fake.stored].filter(([, n]) => n > 1);
    const notOnce = acknowledged.filter((o) => fake.stored.get(o.key) !== 1);
    const unknownKeys = [...fake.stored.keys()].filter((k) => !outcomes.some((o) => o.key === k));
    const movedOn = outcomes.filter((o) => new Set(o.tried).size > 1);
    const checks: Check[] = [
      {
        title:
          'through the gateway, MileApp holds at most one task per key and exactly one for every acknowledged key',
        ok: acknowledged.length > 0 && twice.length === 0 && notOnce.length === 0 && unknownKeys.length === 0,
        detail: `${outcomes.length} keys, ${acknowledged.length} acknowledged, ${fake.posts} creates reached MileApp for ${fake.stored.size} keys; ${twice.length} keys stored twice, ${notOnce.length} acknowledged keys not stored once`,
      },
      {
        title: 'an answer MileApp stored and lost is reported as "may already exist", never sent again',
        ok:
          fake.dropped > 0 &&
          mayExist.length >= fake.dropped &&
          mayExist.every((o) => (fake.stored.get(o.key) ?? 0) <= 1),
        detail: `${fake.dropped} answers dropped after the commit; ${mayExist.length} keys answered "may already exist" (a gateway killed mid-request adds to them); ${neither.length} keys neither acknowledged nor answered within 30 s; ${movedOn.length} keys sent to a second gateway; ${events.join('; ')}`,
      },
    ];
    return {
      checks,
      cases: outcomes.length,
      injects: `${CLIENTS} clients spread over three gateways (UPSTREAM mode) that share their Idempotency-Key records ${shared}, in front of a fake MileApp that stores every create and drops every ${DROP_EVERY}th answer after storing it, for ${LOAD_S} s; one gateway killed with SIGKILL, another stopped with SIGTERM and restarted.`,
      figures: {
        'keys sent': outcomes.length,
        'acknowledged (201)': acknowledged.length,
        '"may already exist" (409 task-031)': mayExist.length,
        'neither within 30 s': neither.length,
        'creates that reached MileApp': fake.posts,
        'answers dropped after the commit': fake.dropped,
        'keys stored twice at MileApp': twice.length,
        events: events.join('; '),
      },
    };
  } catch (e) {
    console.error(instances.output());
    throw e;
  } finally {
    await instances.stopAll();
    await new Promise((r) => fake.server.close(r));
    rmSync(dir, { recursive: true, force: true });
  }
}

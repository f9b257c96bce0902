// Where the time of one POST /task goes, stage by stage, in-process (no HTTP): the body's JSON.parse, the
// server's validation, building the task document, serialising it, and storing it in a group-commit batch
// of 256 (decision 023) in a real SQLite file. For the two bodies of the server benchmark; it explains its
// figures: a server cannot answer faster than the sum of these plus its HTTP work.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadOrganizationFile } from '../server/seed/load';
import { openSqliteStore } from '../server/store/sqlite-store';
import type { AuthUser, TaskDoc } from '../server/store/types';
import { taskContext } from '../server/tasks/context';
import { createTask, orderIndexer } from '../server/tasks/create';
import { DEFAULT_CREATE_BATCH } from '../server/tasks/group-commit';
import { buildTask } from '../server/tasks/build-task';
import { validateTaskBody } from '../src/flow/validate';
import { isMain } from './lib/main';
import { median, round } from './lib/stats';
import { publish, type BenchResult, type Row } from './lib/table';
import { benchSeed, BODIES } from './server';

const PER_RUN = 2_048; // a multiple of the batch size
const RUNS = 7;

/** µs per body of `stage` run over `n` bodies, median of RUNS runs after one warm-up run. */
function perBody(n: number, stage: (i: number) => unknown): number {
  const runs: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) stage(i);
    if (run > 0) runs.push(((performance.now() - start) * 1000) / n);
  }
  return median(runs);
}

export async function runServerStages(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'composer-bench-stages-'));
  const store = await openSqliteStore(join(dir, 'stages.db'));
  try {
    const org = (await loadOrganizationFile(store, benchSeed(dir))).organizations[0]!;
    const dirOf = await store.directory(org._id);
    const roger = org.users.find((u) => u.name === 'Roger') ?? org.users[0]!;
    const user: AuthUser = {
      userId: roger._id,
      name: roger.name,
      email: roger.email,
      organizationId: org._id,
      active: true,
      role: roger.role,
      hubIds: roger.hubId,
    };
    const nextOrderIndex = orderIndexer();
    const rows: Row[] = [];
    for (const b of BODIES) {
      const body = JSON.parse(b.json) as Record<string, unknown>;
      const now = new Date();
      const ctx = taskContext(dirOf, () => now);
      const made = createTask(dirOf, user, body, now, nextOrderIndex);
      if (!made.ok) throw new Error(`${b.name}: the bench body is refused: ${JSON.stringify(made.envelope)}`);
      const flow = dirOf.flowsByName.get(b.flow)!;
      const hub = dirOf.hubsById.get(body.hubId as string)!;
      const build = () => buildTask({ body, flow, hub, user, now, orderIndex: nextOrderIndex(now) });
      // Stored rows need their own ids: documents made ahead, stored a batch at a time.
      let docs: { task: TaskDoc; doc: string }[] = [];
      const store256 = async (i: number) => {
        if (i % DEFAULT_CREATE_BATCH !== 0) return;
        docs = [];
        for (let k = 0; k < DEFAULT_CREATE_BATCH; k++) {
          const task = build();
          docs.push({ task, doc: JSON.stringify(task) });
        }
        const start = performance.now();
        await store.insertTaskBatch(docs);
        storeMs += performance.now() - start;
      };
      let storeMs = 0;
      const stages: [string, number][] = [
        ['JSON.parse of the body', perBody(PER_RUN, () => JSON.parse(b.json))],
        ['validateTaskBody', perBody(PER_RUN, () => validateTaskBody(body, ctx))],
        ['buildTask (the document)', perBody(PER_RUN, build)],
        ['JSON.stringify of the document', perBody(PER_RUN, () => JSON.stringify(made.task))],
      ];
      for (let run = 0; run <= RUNS; run++) {
        storeMs = 0;
        for (let i = 0; i < PER_RUN; i++) await store256(i);
        if (run > 0) stages.push(['insert, 256 per transaction', (storeMs * 1000) / PER_RUN]);
      }
      const inserts = stages.filter(([s]) => s.startsWith('insert')).map(([, us]) => us);
      const merged = [
        ...stages.filter(([s]) => !s.startsWith('insert')),
        ['insert, 256 per transaction', median(inserts)] as [string, number],
      ];
      const total = merged.reduce((sum, [, us]) => sum + us, 0);
      for (const [stage, us] of merged)
        rows.push({
          body: b.name,
          stage,
          'µs per body': round(us),
          share: `${Math.round((us / total) * 100)}%`,
        });
      rows.push({ body: b.name, stage: 'sum (no HTTP)', 'µs per body': round(total), share: '100%' });
    }
    return publish({
      name: 'server-stages',
      title: 'Server: where one POST /task spends its time, in-process',
      date: new Date().toISOString(),
      columns: ['body', 'stage', 'µs per body', 'share'],
      rows,
      goals: [],
      notes: [
        `Each stage run over ${PER_RUN.toLocaleString('en-US')} bodies, ${RUNS} runs after a warm-up, median µs per body; the same bodies as the server benchmark, in this process through the server's own modules on a fresh SQLite file (WAL, synchronous NORMAL). The insert is timed for whole batches of ${DEFAULT_CREATE_BATCH} (group commit, decision 023), per row. Not included: the HTTP work (request parsing, the token check, headers, sending the answer), which the HTTP floor of the server benchmark measures.`,
      ],
      extra: {},
    });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await runServerStages();

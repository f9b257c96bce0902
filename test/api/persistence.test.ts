// The same database file across restarts: tasks survive, loading the organisation file again duplicates
// nothing, and a changed file is what the organisation becomes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../server/config';
import { DEMO_TOKEN, DOCS_BODY, startServer } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'composer-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function counts(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  const out = {
    organizations: n('organizations'),
    hubs: n('hubs'),
    users: n('users'),
    flows: n('flows'),
    tokens: n('tokens'),
    tasks: n('tasks'),
  };
  db.close();
  return out;
}

describe('restart on the same file', () => {
  it('keeps tasks exactly, and reloading the organisation file duplicates nothing', async () => {
    const first = await startServer({ dir });
    const hubsBefore = (await first.demo('GET', '/hubs')).body.data;
    const created = await first.demo('POST', '/task', { ...DOCS_BODY, assignee: ['leandro@mile.app'] });
    const bulk = await first.demo('POST', '/tasks/bulk/', { tasks: [DOCS_BODY, DOCS_BODY] });
    expect(bulk.body.success).toBe(2);
    await first.close();
    const before = counts(first.dbPath);
    expect(before.tasks).toBe(3);

    const second = await startServer({ dir });
    expect(counts(second.dbPath)).toEqual(before);
    const read = await second.demo('GET', `/task/${created.body.task._id}`);
    expect(read.body.task).toEqual(created.body.task);
    expect((await second.demo('GET', '/tasks')).body.tasks.total).toBe(3);
    // Not even the timestamps move when the same file is loaded again.
    expect((await second.demo('GET', '/hubs')).body.data).toEqual(hubsBefore);
    // New tasks keep ordering after the old ones.
    const later = await second.demo('POST', '/task', DOCS_BODY);
    expect(later.body.task.orderIndex).toBeGreaterThan(created.body.task.orderIndex);
    await second.close();
  });

  it('WAL journal mode', () => {
    const db = new Database(join(dir, 'composer.db'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('a changed organisation file is upserted by _id; what it no longer lists is gone, tasks stay', async () => {
    const seed = JSON.parse(readFileSync(DEFAULT_SEED, 'utf8'));
    const demo = seed.organizations[0];
    demo.hubs.find((h: { name: string }) => h.name === 'Jakarta').address = 'Monas, Jakarta';
    demo.hubs = demo.hubs.filter((h: { name: string }) => h.name !== 'Makassar');
    demo.users = demo.users.filter((u: { name: string }) => u.name !== 'Andi Saputra');
    const roger = demo.users.find((u: { name: string }) => u.name === 'Roger');
    roger.hubId = roger.hubId.filter((id: string) => demo.hubs.some((h: { _id: string }) => h._id === id));
    roger.tokens = ['a-brand-new-token-for-roger-0001'];
    const file = join(dir, 'changed.json');
    writeFileSync(file, JSON.stringify(seed));

    const s = await startServer({ dir, seed: file });
    expect((await s.demo('GET', '/hubs')).body).toEqual({ status: false, message: 'Unauthenticated.' });
    const roger2 = (await import('./harness')).client(s.api, 'a-brand-new-token-for-roger-0001');
    const hubs = (await roger2('GET', '/hubs')).body.data;
    expect(hubs.map((h: { name: string }) => h.name)).not.toContain('Makassar');
    expect(hubs.find((h: { name: string }) => h.name === 'Jakarta').address).toBe('Monas, Jakarta');
    expect((await roger2('GET', '/users?q=andi')).body.data).toEqual([]);
    expect((await roger2('GET', '/tasks')).body.tasks.total).toBe(4);
    await s.close();
    expect(counts(s.dbPath).hubs).toBe(7);
    expect(DEMO_TOKEN).not.toBe('a-brand-new-token-for-roger-0001');
  });
});

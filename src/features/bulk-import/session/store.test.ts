import { describe, expect, it } from 'vitest';
import { openImportStore } from './store';
import { freshImportDbPerTest, sessionFor } from './testing';
import type { ImportSession } from './types';

freshImportDbPerTest();

/** A session of `rows` spreadsheet rows of `columns` cells, as a real import would keep it. */
function bigSession(account: string, rows: number, columns: number): ImportSession {
  const header = Array.from({ length: columns }, (_, c) => `Column ${c + 1}`);
  return sessionFor(account, {
    header,
    mapping: header.map((_, c) => `field${c + 1}`),
    rows: Array.from({ length: rows }, (_, r) => ({
      line: r + 2,
      cells: header.map((_, c) => (c % 5 === 0 ? r * 10 + c : `Jl. Sudirman No. ${r}-${c}, Jakarta`)),
    })),
  });
}

describe('the import store', () => {
  it('gives back a saved session as it was, from a new store over the same database', async () => {
    const s = sessionFor('a', {
      rows: [{ line: 2, cells: ['Budi', '08123', 4.5, true, new Date(Date.UTC(2026, 0, 2)), null] }],
      chunks: [{ key: 'k1', lines: [2], bodies: [{ flow: 'Visit', refId: 'x:2' }], state: 'sending' }],
      results: { 2: { ok: true, taskId: 't1' } },
    });
    await openImportStore().save(s);
    const again = openImportStore();
    expect(again.persistent).toBe(true);
    expect(await again.load(s.id)).toEqual(s);
    expect(await again.load('nope')).toBeUndefined();
  });

  it('writes a changed chunk, result or row even when the rest is the same object', async () => {
    const store = openImportStore();
    const s = sessionFor('a', {
      rows: [{ line: 2, cells: ['Budi'] }],
      chunks: [{ key: 'k1', lines: [2], bodies: [{ n: 1 }], state: 'sending' }],
    });
    await store.save(s);
    const answered: ImportSession = {
      ...s,
      chunks: [{ ...s.chunks[0]!, bodies: [], state: 'answered' }],
      results: { 2: { ok: true, taskId: 't1' } },
    };
    await store.save(answered);
    const edited: ImportSession = { ...answered, rows: [{ line: 2, cells: ['Budi Santoso'] }] };
    await store.save(edited);
    expect(await openImportStore().load(s.id)).toEqual(edited);
  });

  it("saving an older copy of a session loses no chunk's key and no created row's result", async () => {
    const sender = openImportStore();
    const screen = openImportStore();
    const base = sessionFor('a', {
      rows: [
        { line: 2, cells: ['Budi'] },
        { line: 3, cells: ['Sari'] },
      ],
    });
    await screen.save(base);
    const sending: ImportSession = {
      ...base,
      chunks: [{ key: 'k1', lines: [2, 3], bodies: [{ n: 2 }, { n: 3 }], state: 'sending' }],
    };
    await sender.save(sending);
    const answered: ImportSession = {
      ...sending,
      chunks: [{ key: 'k1', lines: [2, 3], bodies: [], state: 'answered' }],
      results: { 2: { ok: true, taskId: 't2' }, 3: { ok: false, message: 'bad', errors: {} } },
    };
    await sender.save(answered);
    // the screen saves an edit on the copy it had before sending began, then one from mid-send
    await screen.save({ ...base, rows: [...base.rows] });
    await screen.save({ ...sending, rows: [...base.rows] });
    const kept = await openImportStore().load(base.id);
    expect(kept?.chunks).toEqual(answered.chunks);
    expect(kept?.results).toEqual(answered.results);
  });

  it("offers an account's newest unfinished import, never another account's or a finished one", async () => {
    const store = openImportStore();
    const old = sessionFor('a', { updatedAt: '2026-12-01T08:00:00.000Z' });
    const newer = sessionFor('a', { updatedAt: '2026-12-02T08:00:00.000Z' });
    const finished = sessionFor('a', { updatedAt: '2026-12-03T08:00:00.000Z', step: 'done' });
    const other = sessionFor('b', { updatedAt: '2026-12-04T08:00:00.000Z' });
    for (const s of [old, newer, finished, other]) await store.save(s);
    expect((await openImportStore().latest('a'))?.id).toBe(newer.id);
    expect((await store.latest('b'))?.id).toBe(other.id);
    expect(await store.latest('c')).toBeUndefined();
    await store.remove(newer.id);
    expect((await openImportStore().latest('a'))?.id).toBe(old.id);
  });

  it('removes a session with its rows and chunks', async () => {
    const store = openImportStore();
    const s = sessionFor('a', {
      rows: [{ line: 2, cells: ['x'] }],
      chunks: [{ key: 'k', lines: [2], bodies: [{}], state: 'sending' }],
    });
    await store.save(s);
    await store.remove(s.id);
    expect(await openImportStore().load(s.id)).toBeUndefined();
    await store.save({ ...s, chunks: [] });
    expect((await openImportStore().load(s.id))?.chunks).toEqual([]);
  });

  it('keeps sessions in memory when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    try {
      // @ts-expect-error: a browser without IndexedDB (some private modes)
      delete globalThis.indexedDB;
      const store = openImportStore();
      expect(store.persistent).toBe(false);
      const s = sessionFor('a');
      await store.save(s);
      expect(await store.load(s.id)).toEqual(s);
      expect((await store.latest('a'))?.id).toBe(s.id);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('keeps edits, deleted rows and added rows of a large session across reloads', async () => {
    const store = openImportStore();
    const s = bigSession('a', 2500, 3);
    await store.save(s);
    const edited = [...s.rows];
    edited[1500] = { line: 1502, cells: ['fixed', 'in', 'place'] };
    await store.save({ ...s, rows: edited });
    expect((await openImportStore().load(s.id))?.rows[1500]?.cells).toEqual(['fixed', 'in', 'place']);
    const cut = edited.slice(0, 1200);
    await store.save({ ...s, rows: cut });
    expect((await openImportStore().load(s.id))?.rows).toEqual(cut);
    const fewer = edited.filter((r) => r.line !== 3).slice(0, 1200);
    await store.save({ ...s, rows: fewer });
    expect((await openImportStore().load(s.id))?.rows).toEqual(fewer);
    const again = openImportStore();
    const more = [...fewer, ...bigSession('a', 3000, 3).rows.slice(1200)];
    await again.save({ ...s, rows: more });
    expect((await openImportStore().load(s.id))?.rows).toEqual(more);
    await again.save({ ...s, rows: [] });
    expect((await openImportStore().load(s.id))?.rows).toEqual([]);
  });

  it('saves and loads a session of 10,000 rows × 20 columns in reasonable time', async () => {
    const s = bigSession('a', 10_000, 20);
    const t0 = performance.now();
    await openImportStore().save(s);
    const t1 = performance.now();
    const loaded = await openImportStore().load(s.id);
    const t2 = performance.now();
    expect(loaded?.rows).toHaveLength(10_000);
    expect(loaded?.rows[9999]).toEqual(s.rows[9999]);
    // the bound only catches a store gone pathological; the figures are in docs/decisions/042
    expect(t1 - t0).toBeLessThan(10_000);
    expect(t2 - t1).toBeLessThan(10_000);
  });
});

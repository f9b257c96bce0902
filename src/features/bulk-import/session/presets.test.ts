import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api, server, setupMswServer, TEST_CONNECTION } from '../../../api/testing/msw';
import type { ImportPreset } from '../../../flow/import/types';
import type { FlowSpec } from '../../../flow/types';
import { loadPreset, presetReference, savePreset } from './presets';

setupMswServer();

const VISIT: FlowSpec = {
  _id: 'flow-visit',
  name: 'Visit',
  fields: [],
  startAdjustmentHours: 0,
  endAdjustmentHours: 24,
};
const OTHER: FlowSpec = { ...VISIT, _id: 'flow-other', name: 'Other' };

const preset = (headerColumn: string, name = 'Mine'): ImportPreset => ({
  name,
  referenceType: 'flow',
  referenceId: 'flow-visit',
  fields: [
    { id: 'field1', headerColumn },
    { id: 'hubId', headerColumn: 'Hub' },
  ],
});

/** An API that keeps presets like our server; `refuse` makes both calls answer 404 (an API without them). */
function presetApi({ refuse = false }: { refuse?: boolean } = {}) {
  const saved: unknown[] = [];
  const lists: string[] = [];
  server.use(
    http.post(api('/import-config'), async ({ request }) => {
      if (refuse)
        return HttpResponse.json({ status: false, message: 'URL Address is not found' }, { status: 404 });
      const body = (await request.json()) as Record<string, unknown>;
      saved.unshift({ ...body, _id: `p${saved.length}`, updatedTime: '2026-12-06T08:00:00.000000Z' });
      return HttpResponse.json({ status: true, message: 'saved', data: saved[0] }, { status: 201 });
    }),
    http.get(api('/import-config'), ({ request }) => {
      lists.push(new URL(request.url).search);
      if (refuse)
        return HttpResponse.json({ status: false, message: 'URL Address is not found' }, { status: 404 });
      const id = new URL(request.url).searchParams.get('referenceId');
      return HttpResponse.json({
        status: true,
        data: saved.filter((p) => (p as ImportPreset).referenceId === id),
      });
    }),
  );
  return { saved, lists };
}

describe('import presets', () => {
  it("are saved on the API in MileApp's shape and offered again for the same flow", async () => {
    const { saved, lists } = presetApi();
    await savePreset(TEST_CONNECTION, VISIT, preset('Nama Pelanggan'));
    expect(saved).toEqual([expect.objectContaining(preset('Nama Pelanggan'))]);
    localStorage.clear(); // another device of the same account
    expect(await loadPreset(TEST_CONNECTION, VISIT)).toEqual(preset('Nama Pelanggan'));
    expect(lists).toEqual(['?referenceType=flow&referenceId=flow-visit']);
    expect(await loadPreset(TEST_CONNECTION, OTHER)).toBeUndefined();
  });

  it('offer the newest preset the API lists, one made in MileApp included', async () => {
    const { saved } = presetApi();
    await savePreset(TEST_CONNECTION, VISIT, preset('Customer'));
    saved.unshift({
      ...preset('Pelanggan', 'Made in MileApp'),
      _id: 'mileapp',
      extra: { sheet: 'Bill Items' },
    });
    expect(await loadPreset(TEST_CONNECTION, VISIT)).toEqual(preset('Pelanggan', 'Made in MileApp'));
  });

  it('are kept on this device when the API refuses them, per account and flow', async () => {
    presetApi({ refuse: true });
    await savePreset(TEST_CONNECTION, VISIT, preset('Nama'));
    expect(await loadPreset(TEST_CONNECTION, VISIT)).toEqual(preset('Nama'));
    expect(await loadPreset(TEST_CONNECTION, OTHER)).toBeUndefined();
    expect(await loadPreset({ ...TEST_CONNECTION, token: 'another-account' }, VISIT)).toBeUndefined();
  });

  it('saved offline wins over an older one on the API, and reaches the API with the next save', async () => {
    const { saved } = presetApi();
    await savePreset(TEST_CONNECTION, VISIT, preset('Old'));
    server.use(http.post(api('/import-config'), () => HttpResponse.error()));
    await savePreset(TEST_CONNECTION, VISIT, preset('Offline'));
    expect(await loadPreset(TEST_CONNECTION, VISIT)).toEqual(preset('Offline'));
    server.resetHandlers();
    presetApi().saved.push(...saved);
    await savePreset(TEST_CONNECTION, VISIT, preset('Online again'));
    localStorage.clear();
    expect(await loadPreset(TEST_CONNECTION, VISIT)).toEqual(preset('Online again'));
  });

  it('name a flow without an id by its name', () => {
    expect(presetReference(VISIT)).toBe('flow-visit');
    expect(presetReference({ name: 'Visit' })).toBe('Visit');
  });
});

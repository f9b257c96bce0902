import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seed from '../../../server/seed/demo-org.json';
import { deliveryFlowRaw, everyKindFlowRaw } from '../fixtures';
import { normaliseFlow } from '../normalise';
import { autoMap, missingRequired, presetFromMapping } from './mapping';
import { importTargets } from './targets';
import type { ImportPreset } from './types';

const everyKind = importTargets(normaliseFlow(everyKindFlowRaw));
const delivery = importTargets(normaliseFlow(deliveryFlowRaw));
const map = (header: string[], targets = everyKind, preset?: ImportPreset) =>
  autoMap(header, targets, preset);

describe('importTargets', () => {
  it('offers each value-carrying component, its unit and location halves, then the task keys', () => {
    expect(everyKind.map((t) => t.id)).toEqual([
      'name',
      'addr',
      'phone',
      'site',
      'weight',
      'weight_unit',
      'count',
      'cod',
      'day',
      'ready',
      'opens',
      'spot',
      'spot:lat',
      'spot:lng',
      'kind',
      'extras',
      'hubId',
      'assignee',
      'startTime',
      'endTime',
    ]);
    expect(everyKind.find((t) => t.id === 'weight_unit')).toMatchObject({ role: 'unit', required: false });
    expect(everyKind.find((t) => t.id === 'spot:lat')).toMatchObject({
      role: 'lat',
      title: 'Drop point latitude',
    });
    expect(everyKind.find((t) => t.id === 'hubId')).toMatchObject({
      role: 'meta',
      title: 'Hub',
      required: true,
    });
  });

  it('requires a column only where every row would otherwise fail', () => {
    const required = delivery.filter((t) => t.required).map((t) => t.id);
    // services needs a choice (min 1); failReason is revealed by a rule, deliveryNote has a default,
    // source is hidden by the flow
    expect(required).toEqual(['customerName', 'address', 'weight', 'services', 'receiverName', 'hubId']);
    expect(delivery.map((t) => t.id)).not.toContain('source');
  });
});

describe('autoMap', () => {
  it('matches ids and titles ignoring case, spaces, punctuation, accents and the required mark', () => {
    expect(map(['name', 'ADDR', 'Customer Name *', 'Délivery-date', 'cod_amount', 'Ready  at'])).toEqual([
      'name',
      'addr',
      null, // name is taken by the first column
      'day',
      'cod',
      'ready',
    ]);
  });

  it('reads the task keys in English and Bahasa Indonesia', () => {
    expect(map(['Hub', 'Assignee', 'Start time', 'End time'])).toEqual([
      'hubId',
      'assignee',
      'startTime',
      'endTime',
    ]);
    expect(map(['Gudang', 'Petugas', 'Waktu mulai', 'Waktu selesai'])).toEqual([
      'hubId',
      'assignee',
      'startTime',
      'endTime',
    ]);
    expect(map(['Depo', 'Kurir', 'Jam mulai'])).toEqual(['hubId', 'assignee', 'startTime']);
    expect(map(['Driver'])).toEqual(['assignee']);
    expect(map(['Penerima tugas'])).toEqual(['assignee']);
  });

  it('reads a location in two columns and a unit beside its number', () => {
    expect(map(['Latitude', 'Longitude'])).toEqual(['spot:lat', 'spot:lng']);
    expect(map(['Lintang', 'Bujur'])).toEqual(['spot:lat', 'spot:lng']);
    expect(map(['Drop point lat', 'Drop point lng'])).toEqual(['spot:lat', 'spot:lng']);
    expect(map(['Weight', 'Satuan weight'])).toEqual(['weight', 'weight_unit']);
    expect(map(['Weight unit'])).toEqual(['weight_unit']);
  });

  it('falls back on common aliases after ids and titles', () => {
    expect(map(['No HP', 'Alamat', 'Nama', 'Tautan', 'Koordinat'])).toEqual([
      'phone',
      'addr',
      'name',
      'site',
      'spot',
    ]);
    expect(map(['WhatsApp'])).toEqual(['phone']);
    // the title wins over an alias for the same component, whichever comes first
    expect(map(['Telepon', 'Phone'])).toEqual([null, 'phone']);
  });

  it('maps by words of titles: the Delivery flow in Indonesian', () => {
    const header = ['Nama pelanggan', 'Alamat', 'Telepon', 'Berat', 'Satuan', 'Catatan'];
    expect(autoMap(header, delivery)).toEqual([
      'customerName',
      'address',
      'phone',
      'weight',
      'weight_unit',
      'deliveryNote',
    ]);
  });

  it('never maps two columns to one target: the first wins', () => {
    expect(map(['Phone', 'phone', 'No HP'])).toEqual(['phone', null, null]);
    expect(map(['Hub', 'Gudang'])).toEqual(['hubId', null]);
  });

  it('follows a preset for the headers it names, before anything else', () => {
    const preset: ImportPreset = {
      name: 'Ops sheet',
      referenceType: 'flow',
      referenceId: 'every',
      fields: [
        { id: 'addr', headerColumn: 'Name' },
        { id: 'name', headerColumn: 'Penerima' },
        { id: 'gone', headerColumn: 'Phone' },
      ],
    };
    expect(map(['Name', 'Penerima', 'Phone'], everyKind, preset)).toEqual(['addr', 'name', 'phone']);
  });

  it('reads a header that names its id in brackets, as the template writes clashing titles', () => {
    expect(map(['Phone (site)'])).toEqual(['site']);
  });

  it('gives a mapping as long as the header, every target at most once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('Phone', 'Hub', 'Lat', 'name', 'No HP'))),
        (header) => {
          const mapping = map(header);
          expect(mapping).toHaveLength(header.length);
          const mapped = mapping.filter((m) => m !== null);
          expect(new Set(mapped).size).toBe(mapped.length);
        },
      ),
    );
  });
});

describe('missingRequired', () => {
  it('names required targets without a column', () => {
    expect(missingRequired(map(['Customer name']), everyKind).map((t) => t.id)).toEqual(['extras', 'hubId']);
    expect(missingRequired(map(['Customer name', 'Services', 'Hub']), everyKind)).toEqual([]);
  });

  it('takes a location in two columns for one, and asks for the other half of one given half', () => {
    const required = everyKind.map((t) => (t.id === 'spot' ? { ...t, required: true } : t));
    expect(missingRequired(autoMap(['Lat', 'Lng', 'Hub'], required), required).map((t) => t.id)).toEqual([
      'name',
      'extras',
    ]);
    expect(missingRequired(autoMap(['Lat', 'Hub'], required), required).map((t) => t.id)).toEqual([
      'name',
      'spot',
      'spot:lng',
      'extras',
    ]);
  });
});

describe('presetFromMapping', () => {
  it('keeps the mapped columns in the shape of MileApp import presets, which autoMap reads back', () => {
    const header = ['Nama', 'Junk', 'Gudang', 'Lintang'];
    const mapping = map(header);
    const preset = presetFromMapping('Daily', 'flow-1', header, mapping);
    expect(preset).toEqual({
      name: 'Daily',
      referenceType: 'flow',
      referenceId: 'flow-1',
      fields: [
        { id: 'name', headerColumn: 'Nama' },
        { id: 'hubId', headerColumn: 'Gudang' },
        { id: 'spot:lat', headerColumn: 'Lintang' },
      ],
    });
    expect(map(header, everyKind, preset)).toEqual(mapping);
  });
});

describe('autoMap on an Indonesian dispatcher sheet', () => {
  const demo = seed.organizations[0]?.flows.find((f) => f.name === 'Delivery');
  const targets = importTargets(normaliseFlow(demo));
  // the headers of a real-looking sheet, against the demo Delivery flow whose titles are English
  const header = [
    'No',
    'Nama Pelanggan',
    'Alamat Pengiriman',
    'No. HP',
    'Berat',
    'Satuan',
    'Nilai COD',
    'Tanggal Kirim',
    'Jam Buka',
    'Layanan',
    'Jenis Pengiriman',
    'Nama Kantor',
    'Penerima',
    'Kode Loker',
    'Gudang',
    'Kurir',
    'Catatan',
  ];

  it('finds each field by what its header means, in Indonesian, without a preset', () => {
    expect(Object.fromEntries(header.map((h, i) => [h, autoMap(header, targets)[i]]))).toEqual({
      No: null,
      'Nama Pelanggan': 'customerName',
      'Alamat Pengiriman': 'address',
      'No. HP': 'phone',
      Berat: 'weight',
      Satuan: 'weight_unit',
      'Nilai COD': 'codAmount',
      'Tanggal Kirim': 'deliveryDate',
      'Jam Buka': 'openTime',
      Layanan: 'services',
      'Jenis Pengiriman': 'deliveryType',
      'Nama Kantor': 'officeName',
      Penerima: 'receiverName',
      'Kode Loker': 'lockerCode',
      Gudang: 'hubId',
      Kurir: 'assignee',
      // notes are not the flow's locker instructions, whatever the field's id says
      Catatan: null,
    });
  });

  it('leaves a word that fits several titles unmapped rather than guessing', () => {
    // delivery address, date and type all say "delivery"
    const mapping = autoMap(['Pengiriman', 'Nama Kantor'], targets);
    expect(mapping).toEqual([null, 'officeName']);
  });
});

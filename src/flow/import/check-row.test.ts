import { describe, expect, it } from 'vitest';
import { deliveryFlowRaw, everyKindFlowRaw } from '../fixtures';
import { normaliseFlow } from '../normalise';
import { validateTaskBody } from '../validate';
import { rowChecker } from './check-row';
import { autoMap } from './mapping';
import { importTargets } from './targets';
import { JAKARTA, MAKASSAR, testLists } from './testing';
import type { Cell, CheckedRow } from './types';

const everyKind = normaliseFlow(everyKindFlowRaw);
const delivery = normaliseFlow(deliveryFlowRaw);

function checker(header: string[], flow = everyKind, lists = testLists()) {
  const check = rowChecker(flow, autoMap(header, importTargets(flow)), lists);
  return (row: Record<string, Cell>) => check(header.map((h) => row[h] ?? null));
}
const where = (r: CheckedRow) => r.errors.map((e) => [e.column, e.error.field, e.error.key]);

const HEADER = [
  'Customer name *',
  'No HP',
  'Weight',
  'Satuan',
  'Services *',
  'Gudang',
  'Petugas',
  'Waktu mulai',
  'Waktu selesai',
];
const GOOD: Record<string, Cell> = {
  'Customer name *': 'Ana',
  'No HP': 8123456789,
  Weight: '2,5',
  Satuan: 'kg',
  'Services *': 'fragile; express',
  Gudang: 'jakarta pusat',
  Petugas: 'Siti Rahmawati',
  'Waktu mulai': '02/05/2024 08.00',
  'Waktu selesai': new Date(Date.UTC(2024, 4, 2, 17)),
};

describe('rowChecker', () => {
  it('builds the body the form would send, with defaults where cells are empty', () => {
    const r = checker(HEADER)(GOOD);
    expect(r.errors).toEqual([]);
    expect(r.body).toEqual({
      flow: 'Every kind',
      hubId: JAKARTA._id,
      name: 'Ana',
      phone: '08123456789',
      weight: 2.5,
      weight_unit: 'KG',
      count: 2, // the flow's default, as the form's initial value
      day: '2024-05-01',
      ready: '2024-05-01 08:30:00',
      extras: ['Fragile', 'Express'],
      assignee: ['siti@example.com'],
      startTime: '2024-05-02T08:00:00+07:00',
      endTime: '2024-05-02T17:00:00+07:00',
    });
  });

  it('sends the first unit when the unit cell is empty, as the form does', () => {
    expect(checker(HEADER)({ ...GOOD, Satuan: '' }).body.weight_unit).toBe('KG');
  });

  it('reads times in the hub’s zone', () => {
    const r = checker(HEADER)({ ...GOOD, Gudang: 'MAKASSAR', Petugas: 'budi@example.com' });
    expect(r.errors).toEqual([]);
    expect(r.body).toMatchObject({
      hubId: MAKASSAR._id,
      assignee: ['Budi@Example.com'],
      startTime: '2024-05-02T08:00:00+08:00',
      endTime: '2024-05-02T17:00:00+08:00',
    });
  });

  it('reads the same text in each row’s own zone', () => {
    const check = checker(HEADER);
    const jakarta = check(GOOD);
    const makassar = check({ ...GOOD, Gudang: 'Makassar', Petugas: 'Budi' });
    expect([jakarta.body.startTime, makassar.body.startTime, check(GOOD).body.startTime]).toEqual([
      '2024-05-02T08:00:00+07:00',
      '2024-05-02T08:00:00+08:00',
      '2024-05-02T08:00:00+07:00',
    ]);
  });

  it('reads Excel serials and date cells in the start and end columns', () => {
    const r = checker(HEADER)({
      ...GOOD,
      'Waktu mulai': 45415.3333333,
      'Waktu selesai': '3 Mei 2024 17.00 WITA',
    });
    expect(r.body).toMatchObject({
      startTime: '2024-05-03T08:00:00+07:00',
      endTime: '2024-05-03T17:00:00+08:00',
    });
  });

  it('puts each cell it cannot read on its column', () => {
    const r = checker(HEADER)({
      ...GOOD,
      Weight: 'berat',
      Satuan: 'lb',
      'Services *': 'Fragile, Gift',
      'Waktu mulai': 'besok',
    });
    expect(where(r)).toEqual([
      [2, 'weight', 'number'],
      [4, 'extras', 'option'],
      [3, 'weight_unit', 'unit'],
      [7, 'startTime', 'cellDatetime'],
    ]);
  });

  it('puts the validation errors of the body on the columns they concern', () => {
    const r = checker(HEADER)({
      ...GOOD,
      'Customer name *': '',
      'No HP': 'call me',
      'Services *': 'Fragile, Insurance, Express',
    });
    expect(where(r)).toEqual([
      [0, 'name', 'required'],
      [1, 'phone', 'phone'],
      [4, 'extras', 'maxChoices'],
    ]);
  });

  it('gives column null to an error no column holds', () => {
    const r = checker(['Customer name', 'Gudang'])({ 'Customer name': 'Ana', Gudang: 'Jakarta Pusat' });
    expect(where(r)).toEqual([[null, 'extras', 'required']]);
    const noHub = checker(['Customer name', 'Services'])({ 'Customer name': 'Ana', Services: 'Express' });
    expect(where(noHub)).toEqual([[null, 'hubId', 'required']]);
  });

  it('says when a hub is unknown, and leaves the assignee check to a known hub', () => {
    const r = checker(HEADER)({ ...GOOD, Gudang: 'Medan' });
    expect(r.errors).toEqual([
      {
        column: 5,
        error: { field: 'hubId', code: 'task-033', key: 'unknownHubName', params: { value: 'Medan' } },
      },
    ]);
  });

  it('takes assignees by email or name, several per cell', () => {
    const r = checker(HEADER)({ ...GOOD, Petugas: 'SITI@example.com; Budi\nsiti rahmawati' });
    expect(r.errors).toEqual([]);
    expect(r.body.assignee).toEqual(['siti@example.com', 'Budi@Example.com']);
  });

  it('refuses a name two users share, an unknown person, and a person of another hub', () => {
    expect(where(checker(HEADER)({ ...GOOD, Petugas: 'Andi' }))).toEqual([
      [6, 'assignee', 'ambiguousAssignee'],
    ]);
    expect(where(checker(HEADER)({ ...GOOD, Petugas: 'Joko' }))).toEqual([
      [6, 'assignee', 'unknownAssignee'],
    ]);
    expect(where(checker(HEADER)({ ...GOOD, Petugas: 'andi.mks@example.com' }))).toEqual([
      [6, 'assignee', 'assigneeNotInHub'],
    ]);
  });

  it('puts an end before the start on the end column', () => {
    const r = checker(HEADER)({ ...GOOD, 'Waktu selesai': '02/05/2024 07:00' });
    expect(where(r)).toEqual([[8, 'endTime', 'endBeforeStart']]);
  });

  it('reads a location in two columns, with the errors on the half concerned', () => {
    const check = checker(['Customer name', 'Services', 'Hub', 'Lintang', 'Bujur']);
    const row = { 'Customer name': 'Ana', Services: 'Express', Hub: 'Jakarta Pusat' };
    expect(check({ ...row, Lintang: '-6,2', Bujur: 106.8 }).body.spot).toBe('-6.2,106.8');
    expect(where(check({ ...row, Lintang: '-6,2', Bujur: '' }))).toEqual([[4, 'spot', 'coordinates']]);
    expect(where(check({ ...row, Lintang: 'x', Bujur: '106' }))).toEqual([[3, 'spot', 'coordinates']]);
    expect(where(check({ ...row, Lintang: '-6.2', Bujur: '200' }))).toEqual([[4, 'spot', 'coordinates']]);
  });

  it('applies onSelect rules like the form: a hidden component is neither sent nor checked', () => {
    const header = [
      'Customer name',
      'Address',
      'Weight',
      'Services',
      'Delivery status',
      'Failure reason',
      'Receiver name',
      'Hub',
    ];
    const check = checker(header, delivery);
    const row = {
      'Customer name': 'Ana',
      Address: 'Jl. A',
      Weight: '1',
      Services: 'Express',
      Hub: 'Jakarta Pusat',
    };
    const failed = check({ ...row, 'Delivery status': 'failed', 'Failure reason': 'Closed' });
    expect(failed.errors).toEqual([]);
    expect(failed.body).toMatchObject({ deliveryStatus: 'Failed', failReason: 'Closed', source: 'composer' });
    expect(failed.body).not.toHaveProperty('receiverName');
    // empty status: the default Success, which needs a receiver and shows the default note
    const success = check({ ...row, 'Receiver name': 'Budi' });
    expect(success.errors).toEqual([]);
    expect(success.body).toMatchObject({ deliveryStatus: 'Success', deliveryNote: 'Leave at the door' });
    expect(where(check(row))).toEqual([[6, 'receiverName', 'required']]);
  });

  it('accepts exactly what the server accepts', () => {
    const lists = testLists();
    const ctx = {
      findFlow: () => everyKind,
      hubExists: (id: string) => lists.hubs.some((h) => h._id === id),
      isAssignable: (email: string, hub: string) =>
        lists.users.some(
          (u) => u.email.toLowerCase() === email.toLowerCase() && (u.hubId ?? []).includes(hub),
        ),
    };
    for (const row of [GOOD, { ...GOOD, Petugas: 'andi.mks@example.com' }, { ...GOOD, 'No HP': '12' }]) {
      const r = checker(HEADER)(row);
      expect(validateTaskBody(r.body, ctx).length === 0).toBe(r.errors.length === 0);
    }
  });

  it('reads a file’s decimal mark when the source says it', () => {
    const check = rowChecker(everyKind, autoMap(['Weight'], importTargets(everyKind)), testLists(), {
      decimal: ',',
    });
    expect(check(['1.500']).body.weight).toBe(1500);
  });
});

// The benchmark's spreadsheet: 10,000 Delivery rows × 20 columns, written as Excel writes a filled-in
// template (phones as text, dates as date cells, amounts as numbers), from the flow's own template model
// so that every row checks cleanly against the demo organisation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import tzLookup from '@photostructure/tz-lookup';
import writeXlsxFile from 'write-excel-file/node';
import { templateModel } from '../../src/flow/import/template';
import type { Cell, ImportLists } from '../../src/flow/import/types';
import { normaliseFlow } from '../../src/flow/normalise';
import { zoneAt } from '../../src/flow/time-zones';
import type { FlowSpec } from '../../src/flow/types';
import { ROOT } from '../lib/first-load';

export const FLOW = 'Delivery';
export const ROWS = 10_000;
export const COLUMNS = 20;
/** Optional columns left out first when the flow's template is wider than COLUMNS. */
const LEAVE_OUT = ['trackingUrl', 'openTime'];
const DAY_MS = 86_400_000;
const FIRST_NAMES = ['Siti', 'Budi', 'Dewi', 'Agus', 'Rina', 'Joko', 'Ayu', 'Rudi', 'Putri', 'Hendra'];
const LAST_NAMES = ['Rahmawati', 'Santoso', 'Lestari', 'Wijaya', 'Hidayat', 'Saputra', 'Kusuma'];

interface SeedOrg {
  hubs: ImportLists['hubs'];
  users: (ImportLists['users'][number] & { status: string })[];
  flows: unknown[];
}

export interface ImportSheet {
  flow: FlowSpec;
  /** the organisation's lists as the app builds them (hub zones from their coordinates) */
  lists: ImportLists;
  header: string[];
  /** the target of each column, null for an extra column no field takes */
  targets: (string | null)[];
  xlsx: Buffer;
}

/** The demo organisation's Delivery flow and its lists, as the app reads them from the server. */
function demo(now: Date): { flow: FlowSpec; lists: ImportLists } {
  const seed = JSON.parse(readFileSync(join(ROOT, 'server/seed/demo-org.json'), 'utf8')) as {
    organizations: SeedOrg[];
  };
  const org = seed.organizations[0]!;
  const raw = org.flows.find((f) => (f as { name?: string }).name === FLOW);
  const byId = new Map(org.hubs.map((h) => [h._id, h]));
  const lists: ImportLists = {
    hubs: org.hubs,
    users: org.users.filter((u) => u.status === 'active'),
    zoneOfHub: (id) => {
      const h = byId.get(id);
      return h?.lat !== undefined && h.lng !== undefined ? zoneAt(tzLookup, h.lat, h.lng) : undefined;
    },
    defaultZone: 'Asia/Jakarta',
    now,
  };
  return { flow: normaliseFlow(raw), lists };
}

/** An .xlsx cell: text stays text (leading zeros), a Date is a date cell, a number a number. */
function xlsxCell(value: Cell, text: boolean, format?: string) {
  if (value === null) return null;
  if (value instanceof Date) return { value, format: format ?? 'dd/mm/yyyy hh:mm' };
  if (text || typeof value === 'string') return { value: String(value), type: String };
  return { value };
}

/** A wall-clock time in an .xlsx date cell: Excel dates carry no zone, so the UTC fields hold it. */
const wall = (day: number, hours: number) => new Date(day + hours * 3_600_000);

export async function importSheet(now = new Date(), rows = ROWS): Promise<ImportSheet> {
  const { flow, lists } = demo(now);
  const model = templateModel(flow, lists);
  let columns = model.columns.map((c, i) => ({ ...c, example: model.example[i] ?? null }));
  for (const id of LEAVE_OUT)
    if (columns.length > COLUMNS) columns = columns.filter((c) => c.target !== id || c.required);
  const extra = Array.from({ length: Math.max(0, COLUMNS - columns.length) }, (_, i) => ({
    target: null,
    header: `Catatan ${i + 1}`,
    text: true,
    required: false,
    example: null,
  }));
  const all = [...columns, ...extra];
  // Days from the day after tomorrow (UTC midnight), so that no start time is in the past in any zone.
  const firstDay = Math.floor(now.getTime() / DAY_MS) * DAY_MS + 2 * DAY_MS;
  const assignable = lists.hubs.map((h) => ({
    hub: h.name,
    emails: lists.users.filter((u) => u.hubId?.includes(h._id)).map((u) => u.email),
  }));

  const row = (i: number): Cell[] => {
    const day = firstDay + (i % 14) * DAY_MS;
    const place = assignable[i % assignable.length]!;
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[i % LAST_NAMES.length]} ${i + 1}`;
    const cells: Record<string, Cell> = {
      customerName: name,
      address: `Jl. Merdeka No. ${(i % 200) + 1}, Blok ${String.fromCharCode(65 + (i % 26))}`,
      phone: `0812${String(10_000_000 + i * 37).slice(-8)}`,
      weight: 1 + (i % 50) / 10,
      codAmount: 150_000 + (i % 100) * 2_500,
      deliveryDate: wall(day, 0),
      readyAt: wall(day, 9 + (i % 3)),
      officeName: `Kantor ${(i % 40) + 1}`,
      lockerNote: `Titip di pos satpam ${i % 7}`,
      lockerCode: `L-${String(i % 1000).padStart(3, '0')}`,
      receiverName: `Penerima ${i + 1}`,
      hubId: place.hub,
      assignee: place.emails[i % Math.max(place.emails.length, 1)] ?? null,
      startTime: wall(day, 8),
      endTime: wall(day, 17),
    };
    return all.map((c) => {
      if (c.target === null) return i % 5 === 0 ? `Catatan baris ${i + 2}` : null;
      return c.target in cells ? cells[c.target]! : c.example;
    });
  };
  const formatOf = (target: string | null) => (target === 'deliveryDate' ? 'dd/mm/yyyy' : undefined);
  const header = all.map((c) => c.header);
  const data = [
    header.map((h) => xlsxCell(h, true)),
    ...Array.from({ length: rows }, (_, i) =>
      row(i).map((v, j) => xlsxCell(v, all[j]!.text, formatOf(all[j]!.target))),
    ),
  ];
  const xlsx = await writeXlsxFile(data as never, { sheet: 'Tasks' }).toBuffer();
  return { flow, lists, header, targets: all.map((c) => c.target), xlsx };
}

// One spreadsheet row → the POST /task body it makes and its errors, each on the column it concerns. The
// body is built and checked by the form's and the server's own code (buildTaskBody, validateTaskBody):
// the import has no rule set of its own. Everything per flow and mapping is prepared once, per row only
// the cells are read (an import checks 10,000 rows and re-checks one on every edit).
import { compileFlow } from '../compile';
import type { LatLng } from '../coordinates';
import { buildTaskBody, initialValues } from '../payload';
import { evaluateRules } from '../rules';
import type { FieldError, FieldSpec, FieldValues, FlowSpec } from '../types';
import { validateTaskBody, type TaskContext } from '../validate';
import { isAbsent, own, setOwn } from '../values';
import { assignability, assigneeReader, hubReader } from './cell-lists';
import {
  fieldReader,
  halfReader,
  isEmptyCell,
  pointOfHalves,
  unitReader,
  type CellOptions,
  type CellReading,
} from './cells';
import { importTargets } from './targets';
import { taskTimeReader } from './task-times';
import type { Cell, CellError, CheckedRow, ColumnMapping, ImportLists, ImportTarget } from './types';

type Read = (cell: Cell, hub?: LatLng) => CellReading;

/** Text cells of a column repeat (a few hubs, dates and options over thousands of rows): read each once. */
const MEMO_SIZE = 4096;
/** Kinds whose reading depends on the text only and costs more than looking it up. */
const MEMO_KINDS = new Set(['number', 'currency', 'date', 'datetime', 'time', 'select']);

/** `read` remembered per text cell; `scope` (a zone) is part of what a text means when the reader takes it. */
function memo<R>(read: (cell: Cell, scope: string) => R): (cell: Cell, scope?: string) => R {
  const seen = new Map<string, R>();
  return (cell, scope = '') => {
    if (typeof cell !== 'string') return read(cell, scope);
    const key = `${scope}\n${cell}`;
    let r = seen.get(key);
    if (r === undefined) {
      r = read(cell, scope);
      if (seen.size < MEMO_SIZE) seen.set(key, r);
    }
    return r;
  };
}

interface Column {
  col: number;
  /** the body key the column fills */
  key: string;
  read: Read;
}

interface Halves {
  field: FieldSpec;
  lat?: number;
  lng?: number;
  read: (cell: Cell) => CellReading;
}

interface Plan {
  fields: Column[];
  units: Column[];
  halves: Map<string, Halves>;
  meta: Partial<Record<'hubId' | 'assignee' | 'startTime' | 'endTime', number>>;
  /** body key → the column its errors are shown on */
  columnOf: Map<string, number>;
}

function plan(targets: ReadonlyMap<string, ImportTarget>, mapping: ColumnMapping, opts: CellOptions): Plan {
  const p: Plan = { fields: [], units: [], halves: new Map(), meta: {}, columnOf: new Map() };
  mapping.forEach((id, col) => {
    const t = id === null || id === undefined ? undefined : targets.get(id);
    if (!t) return;
    const f = t.field;
    if (t.role === 'meta') p.meta[t.id as keyof Plan['meta']] = col;
    else if (t.role === 'field' && f) {
      const read = fieldReader(f, opts);
      const once = MEMO_KINDS.has(f.kind) ? memo((cell) => read(cell)) : undefined;
      p.fields.push({ col, key: f.id, read: once ? (cell) => once(cell) : read });
    } else if (t.role === 'unit' && f) {
      const once = memo(unitReader(f));
      p.units.push({ col, key: t.id, read: (cell) => once(cell) });
    } else if (f) {
      const h = p.halves.get(f.id) ?? { field: f, read: halfReader(f) };
      h[t.role === 'lat' ? 'lat' : 'lng'] = col;
      p.halves.set(f.id, h);
    }
  });
  for (const [key, col] of Object.entries(p.meta)) p.columnOf.set(key, col);
  if (p.meta.endTime === undefined && p.meta.startTime !== undefined)
    p.columnOf.set('endTime', p.meta.startTime);
  for (const h of p.halves.values()) p.columnOf.set(h.field.id, (h.lat ?? h.lng)!);
  for (const c of p.fields) p.columnOf.set(c.key, c.col);
  for (const c of p.units) p.columnOf.set(c.key, c.col);
  for (const c of p.fields) if (!p.columnOf.has(`${c.key}_unit`)) p.columnOf.set(`${c.key}_unit`, c.col);
  return p;
}

/** The location of a row given as latitude and longitude columns, unless its one column already gave it. */
function readHalves(
  h: Halves,
  cells: Cell[],
  values: FieldValues,
  fail: (col: number, e: FieldError) => void,
): void {
  if (!isAbsent(own(values, h.field.id))) return;
  const lat = h.lat === undefined ? undefined : h.read(cells[h.lat] ?? null);
  const lng = h.lng === undefined ? undefined : h.read(cells[h.lng] ?? null);
  const given = (r: CellReading | undefined) => r !== undefined && (!r.ok || r.value !== undefined);
  if (!given(lat) && !given(lng)) return;
  if (lat && !lat.ok) return fail(h.lat!, lat.error);
  if (lng && !lng.ok) return fail(h.lng!, lng.error);
  if (typeof lat?.value !== 'number' || typeof lng?.value !== 'number') {
    // One half without the other: the error goes on the empty half's column, or the one column there is.
    const col = typeof lat?.value === 'number' ? (h.lng ?? h.lat) : (h.lat ?? h.lng);
    const error: FieldError = {
      field: h.field.id,
      code: 'task-012',
      key: 'coordinates',
      params: { title: h.field.title },
    };
    return fail(col!, error);
  }
  const point = pointOfHalves(h.field, lat.value, lng.value);
  if (point.ok) setOwn(values, h.field.id, point.value);
  else fail((point.half === 'lat' ? h.lat : h.lng)!, point.error);
}

/**
 * A checker of rows mapped by `mapping`: each cell read as its target's kind wants, empty cells given the
 * flow's defaults, then the body checked by validateTaskBody against the organisation's lists (the hub
 * must exist, the assignees belong to it, as the server checks). A cell it cannot read is an error on that
 * cell; an error no column holds (a required field without a column) has column null.
 */
export function rowChecker(
  flow: FlowSpec,
  mapping: ColumnMapping,
  lists: ImportLists,
  opts: CellOptions = {},
): (cells: Cell[]) => CheckedRow {
  const targets = new Map(importTargets(flow).map((t) => [t.id, t]));
  const p = plan(targets, mapping, opts);
  const initial = initialValues(flow);
  const defaults = compileFlow(flow)
    .valueFields.map((f) => [f.id, own(initial, f.id)] as const)
    .filter(([, v]) => !isAbsent(v));
  const hasRules = flow.fields.some((f) => (f.onSelect?.length ?? 0) > 0);
  const readHub = memo(hubReader(lists));
  const readAssignee = memo(assigneeReader(lists));
  const readStart = memo(taskTimeReader('startTime'));
  const readEnd = memo(taskTimeReader('endTime'));
  const hubIds = new Set(lists.hubs.map((h) => h._id));
  const ctx: TaskContext = {
    findFlow: (name) => (name === flow.name ? flow : undefined),
    hubExists: (id) => hubIds.has(id),
    isAssignable: assignability(lists),
    now: () => lists.now,
  };
  const zones = new Map<string, string>();
  const zoneOf = (hubId: string): string => {
    let zone = zones.get(hubId);
    if (zone === undefined) zones.set(hubId, (zone = lists.zoneOfHub(hubId) ?? lists.defaultZone));
    return zone;
  };
  const { meta } = p;

  return (cells) => {
    const errors: CellError[] = [];
    const failed = new Set<string>();
    const fail = (column: number, error: FieldError) => {
      errors.push({ column, error });
      failed.add(error.field);
    };
    const cell = (col: number | undefined): Cell => (col === undefined ? null : (cells[col] ?? null));

    const hubRead = readHub(cell(meta.hubId));
    if (!hubRead.ok) fail(meta.hubId!, hubRead.error);
    const hub = hubRead.ok ? hubRead.value : undefined;
    const point =
      hub?.lat !== undefined && hub.lng !== undefined ? { lat: hub.lat, lng: hub.lng } : undefined;

    const values: FieldValues = {};
    for (const c of p.fields) {
      const r = c.read(cells[c.col] ?? null, point);
      if (!r.ok) fail(c.col, r.error);
      else if (r.value !== undefined) setOwn(values, c.key, r.value);
    }
    for (const h of p.halves.values()) readHalves(h, cells, values, fail);
    for (const c of p.units) {
      const r = c.read(cells[c.col] ?? null);
      if (!r.ok) fail(c.col, r.error);
      else if (r.value !== undefined) setOwn(values, c.key, r.value);
    }
    // An empty cell means what an untouched form field means: the flow's default.
    for (const [id, value] of defaults)
      if (!failed.has(id) && isAbsent(own(values, id))) setOwn(values, id, value);

    const people = readAssignee(cell(meta.assignee));
    if (!people.ok) fail(meta.assignee!, people.error);
    const zone = hub ? zoneOf(hub._id) : lists.defaultZone;
    const start = isEmptyCell(cell(meta.startTime)) ? undefined : readStart(cell(meta.startTime), zone);
    const end = isEmptyCell(cell(meta.endTime)) ? undefined : readEnd(cell(meta.endTime), zone);
    if (start && !start.ok) fail(meta.startTime!, start.error);
    if (end && !end.ok) fail(meta.endTime!, end.error);

    const body = buildTaskBody(flow, values, {
      hubId: hub?._id ?? '',
      assignee: people.ok ? people.value : undefined,
      startTime: start?.ok ? start.value : undefined,
      endTime: end?.ok ? end.value : undefined,
    });
    if (hasRules && errors.length > 0) {
      // A component a rule hides is not sent, so a cell of it that could not be read does not matter.
      const { hidden } = evaluateRules(flow.fields, values);
      const isHidden = (key: string) =>
        hidden.has(key) || (key.endsWith('_unit') && hidden.has(key.slice(0, -5)));
      for (let i = errors.length - 1; i >= 0; i--) if (isHidden(errors[i]!.error.field)) errors.splice(i, 1);
    }
    for (const error of validateTaskBody(body, ctx))
      if (!failed.has(error.field)) errors.push({ column: p.columnOf.get(error.field) ?? null, error });
    return { body, errors };
  };
}

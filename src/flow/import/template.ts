// A flow's import template: one column per target a person fills (the location in one column), an
// example row that imports cleanly against the organisation's lists, and those lists to pick from.
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { formatCoordinates } from '../coordinates';
import type { FieldSpec, FlowSpec } from '../types';
import { autoMap } from './mapping';
import { importTargets } from './targets';
import type { Cell, ImportLists, ImportTarget, TemplateModel } from './types';

const TEXT_KINDS = new Set(['text', 'address', 'phone', 'url', 'select', 'geolocation']);
/** Somewhere in Jakarta, for a flow whose hubs have no coordinates. */
const FALLBACK_POINT = { lat: -6.2, lng: 106.816666 };
const BASE_NUMBER = 1;
const BASE_AMOUNT = 150_000;

const pad = (n: number): string => String(n).padStart(2, '0');

function clamp(n: number, f: FieldSpec): number {
  let v = n;
  if (f.minValue !== undefined && v < f.minValue) v = f.minValue;
  if (f.maxValue !== undefined && v > f.maxValue) v = f.maxValue;
  if (f.kind === 'currency' && (f.decimals ?? 0) === 0 && !Number.isInteger(v)) {
    const up = Math.ceil(v);
    v = f.maxValue !== undefined && up > f.maxValue ? Math.floor(v) : up;
  }
  return v;
}

function choices(f: FieldSpec): string {
  const options = f.options ?? [];
  if (!f.multiple) return options[0] ?? '';
  const picked = options.slice(0, Math.max(1, f.min ?? 0));
  return picked.join(picked.some((o) => o.includes(',')) ? '; ' : ', ');
}

interface Example {
  day: string;
  hubName: string;
  email: string;
  point: string;
}

function exampleOf(t: ImportTarget, ex: Example): Cell {
  const f = t.field;
  if (t.role === 'meta')
    return {
      hubId: ex.hubName,
      assignee: ex.email,
      startTime: `${ex.day} 08:00`,
      endTime: `${ex.day} 17:00`,
    }[t.id as 'hubId'];
  if (!f) return null;
  if (t.role === 'unit') return f.units?.[0] ?? null;
  switch (f.kind) {
    case 'phone':
      return '081234567890';
    case 'address':
      return 'Jl. Medan Merdeka Barat No. 1, Jakarta';
    case 'url':
      return 'https://example.com';
    case 'number':
      return clamp(BASE_NUMBER, f);
    case 'currency':
      return clamp(BASE_AMOUNT, f);
    case 'date':
      return ex.day;
    case 'datetime':
      return `${ex.day} 09:00`;
    case 'time':
      return '08:00';
    case 'geolocation':
      return ex.point;
    case 'select':
      return choices(f);
    default:
      return 'Example';
  }
}

function isText(t: ImportTarget): boolean {
  if (t.role === 'unit') return true;
  if (t.role === 'meta') return t.id === 'hubId' || t.id === 'assignee';
  return t.field !== undefined && TEXT_KINDS.has(t.field.kind);
}

/** Hubs, assignees and each select's options (and units), side by side, each under its own header. */
function listsSheet(flow: FlowSpec, lists: ImportLists): TemplateModel['lists'] {
  const hubName = new Map(lists.hubs.map((h) => [h._id, h.name]));
  const blocks: string[][][] = [
    [['Hub', 'Hub id'], ...lists.hubs.map((h) => [h.name, h._id])],
    [
      ['Assignee', 'Email', 'Hubs'],
      ...lists.users.map((u) => [
        u.name,
        u.email,
        (u.hubId ?? []).map((id) => hubName.get(id) ?? id).join(', '),
      ]),
    ],
  ];
  for (const t of importTargets(flow)) {
    const f = t.field;
    if (t.role === 'field' && f?.kind === 'select')
      blocks.push([[f.title], ...(f.options ?? []).map((o) => [o])]);
    if (t.role === 'unit' && f) blocks.push([[t.title], ...(f.units ?? []).map((u) => [u])]);
  }
  const height = Math.max(...blocks.map((b) => b.length));
  const rows: string[][] = [];
  for (let r = 0; r < height; r++)
    rows.push(
      blocks.flatMap((b, i) => {
        const width = b[0]!.length;
        const cells = b[r] ?? new Array<string>(width).fill('');
        return i === blocks.length - 1 ? cells : [...cells, ''];
      }),
    );
  return { name: 'Lists', rows };
}

/**
 * The template of a flow. Headers are the titles (` *` when a column is required); a title that would be
 * read as another target (two components with one title) names its id too, `Phone (phone2)`, so that
 * autoMap reads every column of the template back to its own target.
 */
export function templateModel(flow: FlowSpec, lists: ImportLists): TemplateModel {
  const all = importTargets(flow);
  const targets = all.filter((t) => t.role !== 'lat' && t.role !== 'lng');
  const hub = lists.hubs[0];
  const user = hub && lists.users.find((u) => u.hubId === undefined || u.hubId.includes(hub._id));
  const zone = hub ? (lists.zoneOfHub(hub._id) ?? lists.defaultZone) : lists.defaultZone;
  const tomorrow = addDays(new TZDate(lists.now.getTime(), zone), 1);
  const ex: Example = {
    day: `${pad(tomorrow.getDate())}/${pad(tomorrow.getMonth() + 1)}/${tomorrow.getFullYear()}`,
    hubName: hub?.name ?? '',
    email: user?.email ?? '',
    point: formatCoordinates(
      hub?.lat !== undefined && hub.lng !== undefined ? { lat: hub.lat, lng: hub.lng } : FALLBACK_POINT,
    ),
  };
  const star = (t: ImportTarget) => (t.required ? ' *' : '');
  const headers = targets.map((t) => `${t.title}${star(t)}`);
  const read = autoMap(headers, all);
  targets.forEach((t, i) => {
    if (read[i] !== t.id) headers[i] = `${t.title} (${t.id})${star(t)}`;
  });
  return {
    columns: targets.map((t, i) => ({
      target: t.id,
      header: headers[i]!,
      required: t.required,
      text: isText(t),
    })),
    example: targets.map((t) => exampleOf(t, ex)),
    lists: listsSheet(flow, lists),
  };
}

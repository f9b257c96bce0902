// The task's list fields, derived from the components whose `showAs` names them (mileapp-api.md §5.3).
import type { FlowSpec } from './types';
import { own } from './values';

export interface DisplayFields {
  title?: string;
  content?: string;
  label?: string;
  expectedCoordinate?: string;
}

const SLOTS: ReadonlyMap<string, keyof DisplayFields> = new Map<string, keyof DisplayFields>([
  ['title', 'title'],
  ['content', 'content'],
  ['label', 'label'],
  ['expectedcoordinate', 'expectedCoordinate'],
]);

function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const parts = v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  return undefined;
}

const sourcesCache = new WeakMap<FlowSpec, ReadonlySet<string>>();

/**
 * The only keys deriveDisplay reads: the ids of the components whose `showAs` names a slot, and the
 * `$otherId` their views refer to. deriveDisplay(flow, values) equals deriveDisplay(flow, values cut down
 * to these keys), which lets the server derive from a handful of values instead of a 300-key copy.
 */
export function displaySources(flow: FlowSpec): ReadonlySet<string> {
  let sources = sourcesCache.get(flow);
  if (sources !== undefined) return sources;
  const ids = new Set<string>();
  for (const f of flow.fields) {
    if (f.showAs === undefined || !SLOTS.has(f.showAs.toLowerCase())) continue;
    ids.add(f.id);
    if (f.kind === 'view' && f.value?.startsWith('$')) ids.add(f.value.slice(1));
  }
  sourcesCache.set(flow, (sources = ids));
  return sources;
}

/** First component with a value wins each slot; a view shows its literal or the `$otherId` it refers to. */
export function deriveDisplay(flow: FlowSpec, body: Record<string, unknown>): DisplayFields {
  const out: DisplayFields = {};
  for (const f of flow.fields) {
    const slot = f.showAs === undefined ? undefined : SLOTS.get(f.showAs.toLowerCase());
    if (slot === undefined || out[slot] !== undefined) continue;
    let v = own(body, f.id);
    if (f.kind === 'view' && f.value !== undefined)
      v = f.value.startsWith('$') ? own(body, f.value.slice(1)) : f.value;
    const text = asText(v);
    if (text !== undefined) out[slot] = text;
  }
  return out;
}

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

/** Where one slot may take its text from: a value of the task (`key`) or a view's literal text. */
type SlotSource = { slot: keyof DisplayFields } & ({ key: string } | { literal: string });

const cache = new WeakMap<FlowSpec, { sources: readonly SlotSource[]; keys: ReadonlySet<string> }>();

/**
 * The flow's display sources, in order: each component whose `showAs` names a slot reads its own value,
 * except a view with a value, which shows its literal text or the `$otherId` it refers to.
 */
function slotSources(flow: FlowSpec) {
  const hit = cache.get(flow);
  if (hit) return hit;
  const sources: SlotSource[] = [];
  for (const f of flow.fields) {
    const slot = f.showAs === undefined ? undefined : SLOTS.get(f.showAs.toLowerCase());
    if (slot === undefined) continue;
    if (f.kind === 'view' && f.value !== undefined)
      sources.push(f.value.startsWith('$') ? { slot, key: f.value.slice(1) } : { slot, literal: f.value });
    else sources.push({ slot, key: f.id });
  }
  const made = { sources, keys: new Set(sources.flatMap((s) => ('key' in s ? [s.key] : []))) };
  cache.set(flow, made);
  return made;
}

/**
 * The only keys deriveDisplay reads, so deriveDisplay(flow, values) equals deriveDisplay(flow, values cut
 * down to these keys): the server derives from a handful of values instead of a 300-key copy.
 */
export function displaySources(flow: FlowSpec): ReadonlySet<string> {
  return slotSources(flow).keys;
}

/** First source with a value wins each slot. */
export function deriveDisplay(flow: FlowSpec, body: Record<string, unknown>): DisplayFields {
  const out: DisplayFields = {};
  for (const s of slotSources(flow).sources) {
    if (out[s.slot] !== undefined) continue;
    const text = asText('key' in s ? own(body, s.key) : s.literal);
    if (text !== undefined) out[s.slot] = text;
  }
  return out;
}

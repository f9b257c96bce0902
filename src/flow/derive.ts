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

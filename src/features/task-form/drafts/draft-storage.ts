// Drafts live in localStorage, one per flow, as values by component id in MileApp's formats, so a draft
// survives a flow whose fields were reordered (form names are positional, component ids are not).
// A flow is told apart by its id as well as its name: two organisations used on one device may both have
// a "Delivery", and one's draft must neither open in the other's form nor be written over by it.
import type { TaskSnapshot } from '../../../api/queued-task';
import type { FieldValues, FlowSpec } from '../../../flow/types';
import type { Attempt } from '../submit/attempt';

/** The form's values (the snapshot the outbox keeps too), when they were saved, and the pending create. */
export interface Draft extends TaskSnapshot {
  savedAt: number;
  values: FieldValues;
  /** the create sent and not yet answered for good: a resend of the same body after a reload reuses its key */
  attempt?: Attempt;
}

const PREFIX = 'taskComposer.draft.';

/** The flow a draft belongs to: its name and, when the API gave one, its id. */
export type DraftFlow = Pick<FlowSpec, 'name' | '_id'>;

export function draftKey(flow: DraftFlow): string {
  return flow._id ? `${PREFIX}${flow.name}@${flow._id}` : PREFIX + flow.name;
}

/** Where drafts were kept before flows were told apart by id: read once, then moved to draftKey. */
const legacyKey = (flow: DraftFlow) => PREFIX + flow.name;

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function isAttempt(v: unknown): v is Attempt {
  const a = v as Partial<Attempt> | null | undefined;
  return typeof a?.key === 'string' && a.key !== '' && typeof a.fingerprint === 'string';
}

export function readDraft(flow: DraftFlow): Draft | null {
  try {
    const raw = localStorage.getItem(draftKey(flow)) ?? localStorage.getItem(legacyKey(flow));
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Draft> | null;
    if (typeof d !== 'object' || d === null || typeof d.values !== 'object' || d.values === null) return null;
    return {
      savedAt: typeof d.savedAt === 'number' ? d.savedAt : Date.now(),
      values: d.values,
      hubId: str(d.hubId),
      assignee: Array.isArray(d.assignee) ? d.assignee.filter((x): x is string => typeof x === 'string') : [],
      startTime: str(d.startTime),
      endTime: str(d.endTime),
      ...(isAttempt(d.attempt) ? { attempt: d.attempt } : {}),
    };
  } catch {
    return null; // unreadable or blocked storage: start from the flow's defaults
  }
}

/** False when the browser refused (storage full or blocked). */
export function writeDraft(flow: DraftFlow, draft: Draft): boolean {
  try {
    localStorage.setItem(draftKey(flow), JSON.stringify(draft));
    if (legacyKey(flow) !== draftKey(flow)) localStorage.removeItem(legacyKey(flow));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(flow: DraftFlow): void {
  try {
    localStorage.removeItem(draftKey(flow));
    localStorage.removeItem(legacyKey(flow));
  } catch {
    // nothing stored, nothing to clear
  }
}

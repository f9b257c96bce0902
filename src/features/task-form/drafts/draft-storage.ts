// Drafts live in localStorage, one per flow, as values by component id in MileApp's formats, so a draft
// survives a flow whose fields were reordered (form names are positional, component ids are not).
import type { FieldValues } from '../../../flow/types';

export interface Draft {
  savedAt: number;
  values: FieldValues;
  hubId: string;
  assignee: string[];
  startTime: string;
  endTime: string;
  /** the idempotency key of the task this draft becomes: the same after a reload, so a resend is no duplicate */
  key?: string;
}

const PREFIX = 'taskComposer.draft.';

export function draftKey(flowName: string): string {
  return PREFIX + flowName;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function readDraft(flowName: string): Draft | null {
  try {
    const raw = localStorage.getItem(draftKey(flowName));
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
      ...(typeof d.key === 'string' && d.key !== '' ? { key: d.key } : {}),
    };
  } catch {
    return null; // unreadable or blocked storage: start from the flow's defaults
  }
}

/** False when the browser refused (storage full or blocked). */
export function writeDraft(flowName: string, draft: Draft): boolean {
  try {
    localStorage.setItem(draftKey(flowName), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(flowName: string): void {
  try {
    localStorage.removeItem(draftKey(flowName));
  } catch {
    // nothing stored, nothing to clear
  }
}

// Autosave: every user change (re)starts a short timer and the draft is written once typing pauses, so a
// 300-field form costs one JSON write per pause, not one per key press.
import type { Draft } from './draft-storage';
import { clearDraft, writeDraft, type DraftFlow } from './draft-storage';

export const DRAFT_DELAY_MS = 600;

/** The flush of each store whose save is waiting for its timer. */
const waiting = new Set<() => void>();

/**
 * Writes every save still waiting for its timer, now: for a decision that depends on what is stored (the
 * app asking before a task from the outbox replaces a draft typed a moment ago).
 */
export function flushScheduledDrafts(): void {
  for (const flush of [...waiting]) flush();
}

export interface DraftStatus {
  /** when the stored draft was saved; null when there is none */
  savedAt: number | null;
  restored: boolean;
  failed: boolean;
}

export interface DraftStore {
  status(): DraftStatus;
  subscribe(listener: () => void): () => void;
  /** schedules a save of what `snapshot` returns when the timer fires */
  schedule(snapshot: () => Omit<Draft, 'savedAt'>): void;
  /** writes a scheduled save now (page hidden, form unmounted) */
  flush(): void;
  /** writes `snapshot` at once (the moment of submitting: the key must be kept with the values) */
  saveNow(snapshot: () => Omit<Draft, 'savedAt'>): void;
  discard(): void;
  /** after the task was created: no more saves, the draft is gone */
  finish(): void;
}

export function createDraftStore(flow: DraftFlow, restoredAt: number | null): DraftStore {
  const listeners = new Set<() => void>();
  let status: DraftStatus = { savedAt: restoredAt, restored: restoredAt !== null, failed: false };
  let pending: (() => Omit<Draft, 'savedAt'>) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const set = (next: DraftStatus) => {
    status = next;
    for (const l of listeners) l();
  };
  const flush = () => {
    clearTimeout(timer);
    waiting.delete(flush);
    if (!pending || done) return;
    const draft = { ...pending(), savedAt: Date.now() };
    pending = null;
    const ok = writeDraft(flow, draft);
    set({
      savedAt: ok ? draft.savedAt : status.savedAt,
      restored: ok ? false : status.restored,
      failed: !ok,
    });
  };
  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    schedule(snapshot) {
      if (done) return;
      pending = snapshot;
      clearTimeout(timer);
      timer = setTimeout(flush, DRAFT_DELAY_MS);
      waiting.add(flush);
    },
    flush,
    saveNow(snapshot) {
      if (done) return;
      pending = snapshot;
      flush();
    },
    discard() {
      clearTimeout(timer);
      waiting.delete(flush);
      pending = null;
      clearDraft(flow);
      set({ savedAt: null, restored: false, failed: false });
    },
    finish() {
      clearTimeout(timer);
      waiting.delete(flush);
      pending = null;
      done = true;
      clearDraft(flow);
    },
  };
}

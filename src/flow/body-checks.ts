// The fixed keys of a POST /task body and its key set (mileapp-api.md §2.1, §5.4).
import { addHours } from 'date-fns';
import type { CompiledFlow } from './compile';
import { parseDatetime } from './datetime';
import { FIXED_KEYS, RESERVED_KEYS } from './reserved';
import type { FieldError, FlowSpec } from './types';
import { isAbsent, own } from './values';

// Simple on purpose (MileApp's exact rule is unknown); the length cap keeps the regex linear in practice.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const MAX_EMAIL_LENGTH = 254;
/** A long list of bad assignees says nothing more after a few messages. */
const MAX_ASSIGNEE_ERRORS = 20;
/** Values echoed in messages are cut short: they are the caller's input. */
const MAX_ECHO = 100;

export const echo = (v: unknown): string => String(v).slice(0, MAX_ECHO);

export function isEmail(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_EMAIL_LENGTH && EMAIL.test(v);
}

/**
 * The items of `assignee`, sent as an array or, as MileApp's docs describe it, as one string separated by
 * commas: each trimmed, empty ones dropped, an email repeated in any case kept once (decision 034).
 * null when the value is neither.
 */
export function assigneeItems(value: unknown): unknown[] | null {
  const raw: unknown[] | null =
    typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null;
  if (raw === null) return null;
  const seen = new Set<string>();
  const items: unknown[] = [];
  for (const item of raw) {
    const v = typeof item === 'string' ? item.trim() : item;
    if (typeof v === 'string') {
      if (v === '' || seen.has(v.toLowerCase())) continue;
      seen.add(v.toLowerCase());
    }
    items.push(v);
  }
  return items;
}

export function checkAssignee(
  value: unknown,
  hubId: string | undefined,
  isAssignable: (email: string, hubId: string) => boolean,
  out: FieldError[],
): void {
  if (value === undefined || value === null) return;
  const items = assigneeItems(value);
  if (items === null) {
    out.push({ field: 'assignee', code: 'task-011', key: 'array' });
    return;
  }
  let reported = 0;
  for (const email of items) {
    if (reported >= MAX_ASSIGNEE_ERRORS) return;
    if (!isEmail(email)) {
      out.push({ field: 'assignee', code: 'task-004', key: 'email', params: { value: echo(email) } });
      reported++;
    } else if (hubId !== undefined && !isAssignable(email, hubId)) {
      out.push({
        field: 'assignee',
        code: 'task-030',
        key: 'assigneeNotInHub',
        params: { email: echo(email) },
      });
      reported++;
    }
  }
}

function readTime(body: Record<string, unknown>, key: string, out: FieldError[]): Date | null | false {
  const v = own(body, key);
  if (isAbsent(v)) return null;
  const d = typeof v === 'string' ? parseDatetime(v) : null;
  if (d === null) out.push({ field: key, code: 'task-008', key: 'datetime' });
  return d ?? false;
}

/** Formats, then end after start; a missing side is what the server will fill from the flow's adjustments. */
export function checkTimes(
  body: Record<string, unknown>,
  flow: FlowSpec | undefined,
  now: () => Date,
  out: FieldError[],
): void {
  const start = readTime(body, 'startTime', out);
  const end = readTime(body, 'endTime', out);
  if (start === false || end === false || (start === null && end === null)) return;
  if ((start === null || end === null) && flow === undefined) return;
  const startAt = start ?? addHours(now(), flow?.startAdjustmentHours ?? 0);
  const endAt = end ?? addHours(startAt, flow?.endAdjustmentHours ?? 0);
  if (endAt.getTime() <= startAt.getTime())
    out.push({ field: 'endTime', code: 'task-030', key: 'endBeforeStart' });
}

/** Keys that are neither fixed, nor a component id, nor `<id>_unit`: reserved or unknown (decision 002). */
export function checkKeys(
  body: Record<string, unknown>,
  flow: FlowSpec | undefined,
  c: CompiledFlow | undefined,
  out: FieldError[],
): void {
  for (const key of Object.keys(body)) {
    // A component id wins over the reserved list: MileApp's own example flow uses `title` and `content`.
    if (FIXED_KEYS.has(key) || c?.bodyKeys.has(key)) continue;
    if (RESERVED_KEYS.has(key)) out.push({ field: key, code: 'task-003', key: 'reservedKey' });
    else if (flow !== undefined)
      out.push({ field: key, code: 'task-003', key: 'unknownField', params: { flow: flow.name } });
  }
}

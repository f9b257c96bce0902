// A hub by its name or id, assignees by email or name: what a spreadsheet holds for the task's own keys,
// looked up in the organisation's lists once per import, not once per row.
import type { FieldError } from '../types';
import { cellText } from './cells';
import type { Cell, ImportLists } from './types';

export type ListReading<T> = { ok: true; value: T | undefined } | { ok: false; error: FieldError };

const SPACES = /\s+/g;
const ITEM_SEPARATORS = /[,;\n\r]+/;
/** A long echo says nothing more in a message; the value is the person's own text. */
const MAX_ECHO = 100;

/** `  Jakarta  Pusat ` and `jakarta pusat` name the same hub; names differ in case and spacing only. */
const nameKey = (text: string): string => text.toLowerCase().replace(SPACES, '');

const echo = (text: string): string => text.slice(0, MAX_ECHO);

type Hub = ImportLists['hubs'][number];

/** Reads the hub column: its id, or its name in any case and spacing. */
export function hubReader(lists: ImportLists): (cell: Cell) => ListReading<Hub> {
  const byId = new Map(lists.hubs.map((h) => [h._id, h]));
  const byName = new Map<string, Hub[]>();
  for (const h of lists.hubs) {
    const key = nameKey(h.name);
    byName.set(key, [...(byName.get(key) ?? []), h]);
  }
  return (cell) => {
    const text = cellText(cell);
    if (text === '') return { ok: true, value: undefined };
    const hub = byId.get(text);
    if (hub) return { ok: true, value: hub };
    const named = byName.get(nameKey(text)) ?? [];
    if (named.length === 1) return { ok: true, value: named[0] };
    const key = named.length === 0 ? 'unknownHubName' : 'ambiguousHub';
    return { ok: false, error: { field: 'hubId', code: 'task-033', key, params: { value: echo(text) } } };
  };
}

/**
 * Reads the assignee column: emails or names separated by commas, semicolons or new lines. A name must
 * belong to one user only; an email is given back as the list spells it.
 */
export function assigneeReader(lists: ImportLists): (cell: Cell) => ListReading<string[]> {
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const u of lists.users) {
    byEmail.set(u.email.toLowerCase(), u.email);
    const key = nameKey(u.name);
    const same = byName.get(key) ?? [];
    if (key !== '' && !same.includes(u.email)) byName.set(key, [...same, u.email]);
  }
  const fail = (key: 'unknownAssignee' | 'ambiguousAssignee', value: string): ListReading<string[]> => ({
    ok: false,
    error: { field: 'assignee', code: 'task-030', key, params: { value: echo(value) } },
  });
  return (cell) => {
    const emails: string[] = [];
    for (const raw of cellText(cell).split(ITEM_SEPARATORS)) {
      const item = raw.trim();
      if (item === '') continue;
      let email = byEmail.get(item.toLowerCase());
      if (email === undefined) {
        const named = byName.get(nameKey(item)) ?? [];
        if (named.length > 1) return fail('ambiguousAssignee', item);
        email = named[0];
      }
      if (email === undefined) return fail('unknownAssignee', item);
      if (!emails.includes(email)) emails.push(email);
    }
    return { ok: true, value: emails.length > 0 ? emails : undefined };
  };
}

/** The hubs each user may be assigned in (email in lower case); a user the list gives no hubs is not checked. */
export function assignability(lists: ImportLists): (email: string, hubId: string) => boolean {
  const hubsOf = new Map<string, Set<string> | null>();
  for (const u of lists.users) {
    const key = u.email.toLowerCase();
    if (u.hubId === undefined) hubsOf.set(key, null);
    else if (hubsOf.get(key) !== null) hubsOf.set(key, new Set([...(hubsOf.get(key) ?? []), ...u.hubId]));
  }
  return (email, hubId) => {
    const hubs = hubsOf.get(email.toLowerCase());
    return hubs === null || (hubs?.has(hubId) ?? false);
  };
}

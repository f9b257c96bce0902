// TEMP stand-in for Part A (flow-import): dropped when the real one is merged.
import { readNumber } from '../numbers';
import { buildTaskBody } from '../payload';
import type { FieldValues, FlowSpec } from '../types';
import { validateTaskBody } from '../validate';
import type { Cell, CellError, CheckedRow, ColumnMapping, ImportLists } from './types';

const text = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();

export function rowChecker(flow: FlowSpec, mapping: ColumnMapping, lists: ImportLists): (cells: Cell[]) => CheckedRow {
  return (cells) => {
    const values: FieldValues = {};
    let hub = '';
    let assignee: string[] | undefined;
    mapping.forEach((t, i) => {
      if (t === null) return;
      const v = text(cells[i]);
      if (t === 'hubId') hub = lists.hubs.find((h) => h.name.toLowerCase() === v.toLowerCase() || h._id === v)?._id ?? v;
      else if (t === 'assignee') assignee = v ? v.split(/[,;]\s*/) : undefined;
      else if (t !== 'startTime' && t !== 'endTime' && v !== '') {
        const kind = flow.fields.find((f) => f.id === t)?.kind;
        const n = kind === 'number' || kind === 'currency' ? readNumber(v) : null;
        values[t] = n?.ok ? String(n.value) : v;
      }
    });
    const body = buildTaskBody(flow, values, { hubId: hub, assignee });
    if (hub === '') delete body.hubId;
    const errs = validateTaskBody(body, {
      findFlow: (n) => (n === flow.name ? flow : undefined),
      hubExists: (id) => lists.hubs.some((h) => h._id === id),
      isAssignable: (email, hubId) => lists.users.some((u) => u.email === email && (u.hubId ?? []).includes(hubId)),
      now: () => lists.now,
    });
    const errors: CellError[] = errs.map((error) => {
      const col = mapping.indexOf(error.field);
      return { column: col >= 0 ? col : null, error };
    });
    return { body, errors };
  };
}

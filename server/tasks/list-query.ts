// GET /tasks query parameters (mileapp-api.md §7.1) → TaskQuery; a bad value is a 400 naming it.
import { isDate, parseDatetime } from '../../src/flow/datetime';
import { QueryError } from '../http/envelope';
import { enumParam, intParam, listParam, param, type Query } from '../http/query';
import type { TaskQuery } from '../store/types';

const DAY_MS = 86_400_000;

/** `Y-m-d H:i:s` as documented (read as UTC), any MileApp datetime form, or a bare date (whole day). */
function timeParam(q: Query, name: 'timeFrom' | 'timeTo'): number | undefined {
  const raw = param(q, name);
  if (raw === undefined) return undefined;
  if (isDate(raw)) {
    const start = Date.parse(`${raw}T00:00:00Z`);
    return name === 'timeFrom' ? start : start + DAY_MS - 1;
  }
  const d = parseDatetime(raw);
  if (d === null)
    throw new QueryError(name, 'task-008', `The ${name} must be a date and time in the format Y-m-d H:i:s.`);
  return d.getTime();
}

export function parseTaskQuery(q: Query): { query: TaskQuery; page: number; fields?: string[] } {
  const module = 'task';
  const page = intParam(q, 'page', { module, min: 1, max: 1_000_000, fallback: 1 });
  const limit = intParam(q, 'limit', { module, min: 1, max: 1000, fallback: 20 });
  const query: TaskQuery = {
    sortBy: enumParam(q, 'sortBy', ['createdTime', 'orderIndex', 'startTime', 'doneTime'], {
      module,
      fallback: 'createdTime',
    }),
    sortOrder: enumParam(q, 'sortOrder', ['asc', 'desc'], {
      module,
      fallback: 'desc',
      caseInsensitive: true,
    }),
    offset: (page - 1) * limit,
    limit,
  };
  const flows = listParam(q, 'flow');
  if (flows) query.flows = flows;
  const flowIds = listParam(q, 'flowId');
  if (flowIds) query.flowIds = flowIds;
  const hubId = param(q, 'hubId');
  if (hubId !== undefined) query.hubId = hubId;
  const status = enumParam(q, 'status', ['UNASSIGNED', 'ONGOING', 'DONE'], { module, caseInsensitive: true });
  if (status !== undefined) query.status = status;
  const assignee = param(q, 'assignee');
  if (assignee !== undefined) query.assignee = assignee;
  const timeBy = enumParam(q, 'timeBy', ['createdTime', 'startTime', 'doneTime'], { module });
  const timeFrom = timeParam(q, 'timeFrom');
  const timeTo = timeParam(q, 'timeTo');
  if ((timeFrom !== undefined || timeTo !== undefined) && timeBy === undefined)
    throw new QueryError(
      'timeBy',
      'task-001',
      'The timeBy field is required when timeFrom or timeTo is present.',
    );
  if (timeBy !== undefined) {
    query.timeBy = timeBy;
    if (timeFrom !== undefined) query.timeFrom = timeFrom;
    if (timeTo !== undefined) query.timeTo = timeTo;
  }
  const fields = listParam(q, 'fields');
  return fields ? { query, page, fields } : { query, page };
}

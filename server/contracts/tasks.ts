// Tasks (docs/mileapp-api.md §2, §3, §7): create one, create many, list, read one.
import * as z from 'zod';
import { isDate, parseDatetime } from '../../src/flow/datetime';
import type { TaskDoc, TaskQuery } from '../store/types';
import { MAX_BULK } from '../tasks/bulk';
import { REFUSED, anyObject, document, jsonObject, paginator } from './common';
import { int, lastValue, list, oneOf, queryParams, text } from './query-params';
import { refusal } from './refusal';

const DAY_MS = 86_400_000;

/** `Y-m-d H:i:s` as documented (read as UTC), any MileApp datetime form, or a bare date (its whole day). */
const time = () => (name: string) =>
  lastValue
    .refine(
      (raw) => raw === undefined || isDate(raw) || parseDatetime(raw) !== null,
      refusal('task-008', `The ${name} must be a date and time in the format Y-m-d H:i:s.`),
    )
    .transform((raw) => {
      if (raw === undefined) return undefined;
      if (!isDate(raw)) return parseDatetime(raw)!.getTime();
      const start = Date.parse(`${raw}T00:00:00Z`);
      return name === 'timeFrom' ? start : start + DAY_MS - 1;
    });

const taskQuery = queryParams('task', {
  page: int({ min: 1, max: 1_000_000, fallback: 1 }),
  limit: int({ min: 1, max: 1000, fallback: 20 }),
  sortBy: oneOf(['createdTime', 'orderIndex', 'startTime', 'doneTime'], { fallback: 'createdTime' }),
  sortOrder: oneOf(['asc', 'desc'], { fallback: 'desc', caseInsensitive: true }),
  flow: list(),
  flowId: list(),
  hubId: text(),
  status: oneOf(['UNASSIGNED', 'ONGOING', 'DONE'], { caseInsensitive: true }),
  assignee: text(),
  timeBy: oneOf(['createdTime', 'startTime', 'doneTime']),
  timeFrom: time(),
  timeTo: time(),
  fields: list(),
})
  .refine(
    (q) => q.timeBy !== undefined || (q.timeFrom === undefined && q.timeTo === undefined),
    refusal('task-001', 'The timeBy field is required when timeFrom or timeTo is present.', ['timeBy']),
  )
  .transform((q) => {
    const {
      page,
      limit,
      sortBy,
      sortOrder,
      flow,
      flowId,
      hubId,
      status,
      assignee,
      timeBy,
      timeFrom,
      timeTo,
    } = q;
    const query: TaskQuery = { sortBy, sortOrder, offset: (page - 1) * limit, limit };
    if (flow) query.flows = flow;
    if (flowId) query.flowIds = flowId;
    if (hubId !== undefined) query.hubId = hubId;
    if (status !== undefined) query.status = status;
    if (assignee !== undefined) query.assignee = assignee;
    if (timeBy !== undefined) {
      query.timeBy = timeBy;
      if (timeFrom !== undefined) query.timeFrom = timeFrom;
      if (timeTo !== undefined) query.timeTo = timeTo;
    }
    return { query, page, fields: q.fields };
  });

export const listTasks = {
  querystring: taskQuery,
  response: {
    200: z.object({
      status: z.literal(true),
      message: z.string(),
      tasks: paginator(document()),
      metadata: z.object({
        counting: z.object({ doneTotal: z.number(), ongoingTotal: z.number() }),
        sourceDataTask: z.string(),
      }),
    }),
    ...REFUSED,
  },
};

export const getTask = {
  params: z.object({ taskId: z.string() }),
  response: {
    200: z.object({ status: z.literal(true), message: z.string(), task: document<TaskDoc>() }),
    ...REFUSED,
  },
};

/** The 201 of POST /task; sent as text built around the stored document (server/tasks/created-json.ts). */
export const Created = z.object({ status: z.literal(true), message: z.string(), task: document<TaskDoc>() });

export const postTask = {
  // Which keys a task takes is the flow's to say: src/flow/validate.ts checks the object against it.
  body: jsonObject,
  response: { 201: Created, ...REFUSED },
};

const BulkItem = z.union([
  z.object({ status: z.literal(true), message: z.string(), _id: z.string(), refId: z.string().optional() }),
  z.object({
    status: z.literal(false),
    message: z.string(),
    failedCode: z.string(),
    errors: anyObject,
    refId: z.string().optional(),
  }),
]);

/** The 201 of POST /tasks/bulk/: one result per item, in order (docs/decisions/011-bulk-semantics.md). */
export const BulkCreated = z.object({ success: z.number(), failed: z.number(), tasks: z.array(BulkItem) });

const required = refusal('task-001', 'The tasks field is required.');

export const postBulk = {
  body: jsonObject.pipe(
    z.object({
      tasks: z
        .unknown()
        .optional()
        .refine((v) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0), required)
        .refine(Array.isArray, refusal('task-011', 'The tasks must be an array.'))
        .refine(
          (v) => (v as unknown[]).length <= MAX_BULK,
          refusal('task-040', `The tasks must not have more than ${MAX_BULK} items.`),
        )
        .transform((v) => v as unknown[]),
      background: z
        .unknown()
        .optional()
        .refine(
          (v) => v === undefined || typeof v === 'boolean',
          refusal('task-010', 'The background field must be true or false.'),
        ),
    }),
  ),
  response: { 201: BulkCreated, ...REFUSED },
};

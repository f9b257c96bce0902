// Response pieces every route declares: MileApp's error envelope, Laravel's paginator and the
// organisation's documents.
import * as z from 'zod';
import { messageEn } from '../../src/flow/messages';
import type { Failure as FailureBody } from '../http/envelope';
import type { PageLink } from '../http/paginator';
import { refusal } from './refusal';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const messagesByField = z.custom<Record<string, string[]>>(isRecord);

export const Failure: z.ZodType<FailureBody> = z.object({
  status: z.literal(false),
  message: z.string(),
  failedCode: z.string().optional(),
  errors: messagesByField.optional(),
  requestId: z.string().optional(),
});

/** Every 4xx answer of a route. */
export const REFUSED = { '4xx': Failure } as const;

const hasId = (v: unknown) => isRecord(v) && typeof v._id === 'string';

/** Any JSON object, passed as it is. */
export const anyObject = z.custom<Record<string, unknown>>(isRecord);

/**
 * A document (task, flow, hub, user; or what `fields=` leaves of one): an object with its `_id`, checked
 * as a whole. Copying it key by key would reorder its keys, and cost as much again as sending a page of
 * 1,000 tasks.
 */
export const document = <T extends Record<string, unknown> = Record<string, unknown>>() => z.custom<T>(hasId);

const PageLink: z.ZodType<PageLink> = z.object({
  url: z.string().nullable(),
  label: z.string(),
  active: z.boolean(),
});

/** Laravel's LengthAwarePaginator around `item` (server/http/paginator.ts builds it). */
export const paginator = <T extends z.ZodType>(item: T) =>
  z.object({
    current_page: z.number(),
    data: z.array(item),
    first_page_url: z.string(),
    from: z.number().nullable(),
    last_page: z.number(),
    last_page_url: z.string(),
    links: z.array(PageLink),
    next_page_url: z.string().nullable(),
    path: z.string(),
    per_page: z.number(),
    prev_page_url: z.string().nullable(),
    to: z.number().nullable(),
    total: z.number(),
  });

const NOT_AN_OBJECT = messageEn({ field: 'body', code: 'task-003', key: 'notAnObject' });

/** A body that must be a JSON object, refused as src/flow's validateTaskBody refuses it. */
export const jsonObject = z.custom<Record<string, unknown>>(
  isRecord,
  refusal('task-003', NOT_AN_OBJECT, ['body']),
);

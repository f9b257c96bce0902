// Flows (docs/mileapp-api.md §4, §5): the organisation's flows in MileApp's own object shape.
import * as z from 'zod';
import { REFUSED, anyObject, document, paginator } from './common';
import { int, list, oneOf, queryParams, text } from './query-params';

export const listFlows = {
  querystring: queryParams('flow', {
    page: int({ min: 1, max: 1_000_000, fallback: 1 }),
    limit: int({ min: 1, max: 1000, fallback: 20 }),
    sort_by: text(),
    sort_order: oneOf(['asc', 'desc'], { fallback: 'desc', caseInsensitive: true }),
    fields: list(),
  }),
  response: {
    200: z.object({ status: z.literal(true), message: z.string(), flows: paginator(document()) }),
    ...REFUSED,
  },
};

export const getFlow = {
  params: z.object({ flowId: z.string() }),
  response: {
    200: z.object({ status: z.literal(true), message: z.string(), flow: document() }),
    ...REFUSED,
  },
};

const FlowField = z.object({
  field: z.string(),
  type: z.string(),
  required: z.boolean(),
  description: z.string(),
  example: z.unknown(),
  format: z.array(z.string()).nullable(),
});

export const getFlowExample = {
  params: z.object({ flowName: z.string() }),
  response: {
    200: z.object({
      status: z.literal(true),
      message: z.string(),
      data: z.object({
        flowName: z.string(),
        flowFields: z.array(FlowField),
        bodyRequest: anyObject,
      }),
    }),
    ...REFUSED,
  },
};

export const getFlowFields = {
  params: z.object({ flowName: z.string() }),
  response: {
    200: z.object({
      status: z.literal(true),
      message: z.string(),
      flowFields: z.array(z.unknown()),
      reservedKey: z.array(z.string()),
      is_cache: z.boolean(),
    }),
    ...REFUSED,
  },
};

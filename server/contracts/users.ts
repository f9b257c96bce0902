// GET /users (docs/mileapp-api.md §8.2): `{data:[…], status:true}`.
import * as z from 'zod';
import { REFUSED, document } from './common';
import { int, list, queryParams, text } from './query-params';

export const listUsers = {
  querystring: queryParams('user', {
    page: int({ min: 1, max: 1_000_000, fallback: 1 }),
    // Not documented for this call: everything a picker needs.
    limit: int({ min: 1, max: 1000, fallback: 1000 }),
    hubId: text(),
    status: text(),
    q: text(),
    fields: list(),
  }),
  response: {
    200: z.object({ data: z.array(document()), status: z.literal(true) }),
    ...REFUSED,
  },
};

// GET /hubs (docs/mileapp-api.md §8.1): `{data:[…], status:true}`, `page`/`limit` as documented.
import * as z from 'zod';
import { REFUSED, document } from './common';
import { int, list, oneOf, queryParams, text } from './query-params';

export const listHubs = {
  querystring: queryParams('hub', {
    page: int({ min: 1, max: 1_000_000, fallback: 1 }),
    limit: int({ min: 1, max: 1000, fallback: 20 }),
    sortBy: text(),
    sortOrder: oneOf(['asc', 'desc'], { fallback: 'asc', caseInsensitive: true }),
    name: text(),
    q: text(),
    fields: list(),
  }),
  response: {
    200: z.object({ data: z.array(document()), status: z.literal(true) }),
    ...REFUSED,
  },
};

// GET /api/demo (docs/decisions/017-demo-account-endpoint.md): the demo account for "Use demo account".
import * as z from 'zod';
import { REFUSED } from './common';

export const getDemo = {
  response: {
    200: z.object({ status: z.literal(true), token: z.string(), baseUrl: z.string() }),
    ...REFUSED,
  },
};

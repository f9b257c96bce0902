// GET /api/demo (docs/decisions/017-demo-account-endpoint.md): the demo organisation's token for the web
// app's "Use demo account"; 404 when no demo organisation is loaded. Outside /api/v3: it is not MileApp's.
import { getDemo } from '../contracts/demo';
import type { ContractApp } from '../contracts/provider';
import { failure, sendFailure } from '../http/envelope';

export function demoRoutes(app: ContractApp, { demoToken }: { demoToken: string | undefined }): void {
  app.get('/api/demo', { schema: getDemo }, async (_request, reply) =>
    demoToken === undefined
      ? sendFailure(reply, 404, failure('No demo organisation is loaded.', 'sys-033'))
      : { status: true as const, token: demoToken, baseUrl: '/api/v3' },
  );
}

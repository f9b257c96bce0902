// A fault inside the server is a 500 envelope without details; the error goes to onServerError.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import type { Store } from '../../server/store/types';
import { client, DEMO_TOKEN } from './harness';

describe('unexpected errors', () => {
  it('answer 500 in the envelope, report the error, and the server keeps serving', async () => {
    const reported: unknown[] = [];
    const user = {
      userId: 'u',
      name: 'Roger',
      email: 'roger@mile.app',
      organizationId: 'o',
      active: true,
      role: 'dispatcher',
      hubIds: [],
    };
    const broken = {
      findTokenUser: () => user,
      directory: () => {
        throw new Error('disk on fire at /secret/path.ts:12');
      },
    } as unknown as Store;
    const app = await buildApp({ store: broken, onServerError: (e) => reported.push(e) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const api = client(
      `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/v3`,
      DEMO_TOKEN,
    );
    for (let i = 0; i < 2; i++) {
      const r = await api('GET', '/hubs');
      expect(r.status).toBe(500);
      expect(r.body).toEqual({
        status: false,
        message: 'Internal server error, please contact support@mile.app.',
        failedCode: 'sys-045',
      });
      expect(r.text).not.toContain('fire');
    }
    expect(reported).toHaveLength(2);
    await app.close();
  });

  it('buildApp refuses to start with neither or both of store and upstream', async () => {
    await expect(buildApp({})).rejects.toThrow(/exactly one of store/);
  });
});

import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getDemoAccount } from './get-demo';
import { server, setupMswServer } from './testing/msw';

setupMswServer();
const demoUrl = `${window.location.origin}/api/demo`;

describe('getDemoAccount', () => {
  it('returns the demo token with an absolute base URL', async () => {
    server.use(
      http.get(demoUrl, () => HttpResponse.json({ status: true, token: 'demo-1', baseUrl: '/api/v3' })),
    );
    expect(await getDemoAccount()).toEqual({ token: 'demo-1', baseUrl: `${window.location.origin}/api/v3` });
  });

  it('means "no demo" for a 404, a body without token, or no server at all', async () => {
    server.use(http.get(demoUrl, () => HttpResponse.json({ status: false }, { status: 404 })));
    expect(await getDemoAccount()).toBeNull();
    server.use(http.get(demoUrl, () => HttpResponse.json({ status: true })));
    expect(await getDemoAccount()).toBeNull();
    server.use(http.get(demoUrl, () => HttpResponse.error()));
    expect(await getDemoAccount()).toBeNull();
  });

  it('offers the demo account it was last given when no answer comes (offline), until a 404', async () => {
    server.use(
      http.get(demoUrl, () => HttpResponse.json({ status: true, token: 'demo-1', baseUrl: '/api/v3' })),
    );
    const given = await getDemoAccount();
    server.use(http.get(demoUrl, () => HttpResponse.error()));
    expect(await getDemoAccount()).toEqual(given);
    // the server answers that it has no demo any more: nothing is offered, online or off
    server.use(http.get(demoUrl, () => HttpResponse.json({ status: false }, { status: 404 })));
    expect(await getDemoAccount()).toBeNull();
    server.use(http.get(demoUrl, () => HttpResponse.error()));
    expect(await getDemoAccount()).toBeNull();
  });
});

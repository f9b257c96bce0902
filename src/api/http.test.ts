import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError, apiFetch, apiUrl } from './http';
import { api, server, TEST_CONNECTION, setupMswServer } from './testing/msw';

setupMswServer();

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

describe('apiFetch', () => {
  it('sends the bearer token and JSON, and returns the parsed body', async () => {
    let seen: { auth: string | null; type: string | null; body: unknown } | undefined;
    server.use(
      http.post(api('/task'), async ({ request }) => {
        seen = {
          auth: request.headers.get('authorization'),
          type: request.headers.get('content-type'),
          body: await request.json(),
        };
        return HttpResponse.json({ status: true, task: { _id: 'a1' } }, { status: 201 });
      }),
    );
    const res = await apiFetch<{ task: { _id: string } }>(TEST_CONNECTION, '/task', {
      method: 'POST',
      body: { flow: 'Visit' },
    });
    expect(res.task._id).toBe('a1');
    expect(seen).toEqual({ auth: 'Bearer test-token', type: 'application/json', body: { flow: 'Visit' } });
  });

  it('joins base URL and path with exactly one slash', () => {
    expect(apiUrl('http://x/api/v3/', '/flows')).toBe('http://x/api/v3/flows');
    expect(apiUrl('http://x/api/v3', 'flows')).toBe('http://x/api/v3/flows');
  });

  it('maps 401 to an http ApiError with the server message', async () => {
    server.use(
      http.get(api('/flows'), () =>
        HttpResponse.json({ status: false, message: 'Unauthenticated.' }, { status: 401 }),
      ),
    );
    const e = await failure(apiFetch(TEST_CONNECTION, '/flows'));
    expect(e).toMatchObject({ status: 401, kind: 'http', message: 'Unauthenticated.' });
  });

  it('keeps the failedCode and the errors map of a 400 envelope', async () => {
    server.use(
      http.post(api('/task'), () =>
        HttpResponse.json(
          {
            status: false,
            message: 'The Weight must be a number. (and 1 more error)',
            failedCode: 'task-009',
            errors: { weight: ['The Weight must be a number.'], hubId: 'The hub id field is required.' },
          },
          { status: 400 },
        ),
      ),
    );
    const e = await failure(apiFetch(TEST_CONNECTION, '/task', { method: 'POST', body: {} }));
    expect(e.status).toBe(400);
    expect(e.failedCode).toBe('task-009');
    expect(e.errors).toEqual({
      weight: ['The Weight must be a number.'],
      hubId: ['The hub id field is required.'],
    });
  });

  it('gives a generic message when an error answer is not JSON', async () => {
    server.use(http.get(api('/flows'), () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })));
    const e = await failure(apiFetch(TEST_CONNECTION, '/flows'));
    expect(e).toMatchObject({ status: 502, kind: 'http', message: 'HTTP 502', notJson: true });
  });

  it('refuses a 200 that is not JSON (a wrong base URL serving a web page)', async () => {
    server.use(http.get(api('/flows'), () => HttpResponse.html('<!doctype html><title>app</title>')));
    const e = await failure(apiFetch(TEST_CONNECTION, '/flows'));
    expect(e).toMatchObject({ status: 200, kind: 'http', notJson: true });
  });

  it('maps a failed connection to a network ApiError with status 0', async () => {
    server.use(http.get(api('/flows'), () => HttpResponse.error()));
    const e = await failure(apiFetch(TEST_CONNECTION, '/flows'));
    expect(e).toMatchObject({ status: 0, kind: 'network', refusedByPolicy: false });
  });

  it("tells a call this page's Content-Security-Policy refused from an unreachable server", async () => {
    // (another origin than the other tests: a refused origin stays refused for the page's lifetime)
    const conn = { baseUrl: 'http://not-allowed.test/api/v3', token: 't' };
    server.use(
      http.get('http://not-allowed.test/api/v3/flows', ({ request }) => {
        // what Chromium does: the fetch fails as a network error, then the document hears the violation
        setTimeout(() => {
          const violation = new Event('securitypolicyviolation');
          Object.assign(violation, { effectiveDirective: 'connect-src', blockedURI: request.url });
          document.dispatchEvent(violation);
        }, 0);
        return HttpResponse.error();
      }),
    );
    const e = await failure(apiFetch(conn, '/flows'));
    expect(e).toMatchObject({ status: 0, kind: 'network', refusedByPolicy: true });
  });

  it('gives up after the timeout with a timeout ApiError', async () => {
    server.use(
      http.get(api('/flows'), async () => {
        await delay(1000);
        return HttpResponse.json({});
      }),
    );
    const e = await failure(apiFetch(TEST_CONNECTION, '/flows', { timeoutMs: 50 }));
    expect(e).toMatchObject({ status: 0, kind: 'timeout' });
  });

  it('lets a cancellation by the caller through as an abort, not as a timeout', async () => {
    server.use(
      http.get(api('/flows'), async () => {
        await delay(1000);
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const p = apiFetch(TEST_CONNECTION, '/flows', { signal: controller.signal });
    controller.abort();
    const e = await p.then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).not.toBeInstanceOf(ApiError);
    expect((e as Error).name).toBe('AbortError');
  });
});

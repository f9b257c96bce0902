import { queryOptions, useQuery } from '@tanstack/react-query';
import { trimBaseUrl } from './base-url';

export interface DemoAccount {
  token: string;
  /** API base URL for the demo, relative to this page's origin or absolute; default `/api/v3` */
  baseUrl: string;
}

/**
 * GET /api/demo on the server that serves this page (not under /api/v3: MileApp has no such call).
 * Contract: 200 `{ "status": true, "token": "<demo token>", "baseUrl": "/api/v3" }` while the demo
 * organisation is loaded; 404 otherwise. Anything but a well-formed 200 means "no demo": never an error.
 */
export async function getDemoAccount(signal?: AbortSignal): Promise<DemoAccount | null> {
  try {
    const res = await fetch(new URL('/api/demo', window.location.origin), {
      signal,
      headers: { Accept: 'application/json' },
    });
    if (!res.ok) return null;
    const body = (await res.json()) as { token?: unknown; baseUrl?: unknown };
    if (typeof body.token !== 'string' || body.token === '') return null;
    const base = typeof body.baseUrl === 'string' && body.baseUrl !== '' ? body.baseUrl : '/api/v3';
    return { token: body.token, baseUrl: trimBaseUrl(new URL(base, window.location.origin).href) };
  } catch {
    return null;
  }
}

export const demoAccountQueryOptions = () =>
  queryOptions({
    queryKey: ['demo-account'],
    queryFn: ({ signal }) => getDemoAccount(signal),
    staleTime: Infinity,
    retry: false,
  });

export function useDemoAccount() {
  return useQuery(demoAccountQueryOptions());
}

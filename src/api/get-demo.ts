import { queryOptions, useQuery } from '@tanstack/react-query';
import { trimBaseUrl } from './base-url';

export interface DemoAccount {
  token: string;
  /** API base URL for the demo, relative to this page's origin or absolute; default `/api/v3` */
  baseUrl: string;
}

/**
 * The last demo account this page's server offered, kept so that "Use demo account" is there offline
 * too (decision 030). It is no secret: the server hands it to anyone who asks (decision 017).
 */
export const DEMO_KEY = 'taskComposer.demo';

function remembered(): DemoAccount | null {
  try {
    const v = JSON.parse(localStorage.getItem(DEMO_KEY) ?? 'null') as Partial<DemoAccount> | null;
    return typeof v?.token === 'string' && v.token !== '' && typeof v.baseUrl === 'string'
      ? { token: v.token, baseUrl: v.baseUrl }
      : null;
  } catch {
    return null; // storage blocked or not JSON: as if none was kept
  }
}

function keep(account: DemoAccount | null): void {
  try {
    if (account) localStorage.setItem(DEMO_KEY, JSON.stringify(account));
    else localStorage.removeItem(DEMO_KEY);
  } catch {
    // storage blocked: only the offline demo button is lost
  }
}

/**
 * GET /api/demo on the server that serves this page (not under /api/v3: MileApp has no such call).
 * Contract: 200 `{ "status": true, "token": "<demo token>", "baseUrl": "/api/v3" }` while the demo
 * organisation is loaded; 404 otherwise. Anything but a well-formed 200 means "no demo": never an error.
 * With no answer at all (offline), the demo account this server offered last.
 */
export async function getDemoAccount(signal?: AbortSignal): Promise<DemoAccount | null> {
  let res: Response;
  try {
    res = await fetch(new URL('/api/demo', window.location.origin), {
      signal,
      headers: { Accept: 'application/json' },
    });
  } catch {
    return remembered();
  }
  try {
    if (!res.ok) {
      if (res.status === 404) keep(null); // the server says it has no demo (any more)
      return null;
    }
    const body = (await res.json()) as { token?: unknown; baseUrl?: unknown };
    if (typeof body.token !== 'string' || body.token === '') return null;
    const base = typeof body.baseUrl === 'string' && body.baseUrl !== '' ? body.baseUrl : '/api/v3';
    const account = { token: body.token, baseUrl: trimBaseUrl(new URL(base, window.location.origin).href) };
    keep(account);
    return account;
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

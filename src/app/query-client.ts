import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/http';
import { refetchSavedLists, savedAtOf } from '../api/saved-lists';

/** Calls that may fail with 401 as part of their job (checking a token) and must not end the session. */
const SESSION_NEUTRAL = new Set(['check-connection']);

function retry(failures: number, error: unknown): boolean {
  // A client error (bad token, unknown id, validation) will not heal by asking again.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 2;
}

/** One client per app; `onUnauthorized` hears every 401 so the app can ask for a new token. */
export function createQueryClient(onUnauthorized: () => void): QueryClient {
  const on401 = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) onUnauthorized();
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: on401,
      // The API answered: any list still shown from this device (decision 025) is asked for again now.
      onSuccess: (data) => {
        if (savedAtOf(data) === undefined) void refetchSavedLists(client);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        const key = mutation.options.mutationKey?.[0];
        if (typeof key !== 'string' || !SESSION_NEUTRAL.has(key)) on401(error);
      },
    }),
    defaultOptions: {
      queries: { retry, retryDelay: (n) => Math.min(500 * 2 ** n, 4000), refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}

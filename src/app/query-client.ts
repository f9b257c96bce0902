import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { classify } from '../api/failure';
import { backoffDelay, READ_POLICY, retryDelay } from '../api/retry-policy';
import { refetchSavedLists, savedAtOf } from '../api/saved-lists';

/** Calls that may fail with 401 as part of their job (checking a token) and must not end the session. */
const SESSION_NEUTRAL = new Set(['check-connection']);

// TanStack counts the failures before this one: 0 after the first.
const retry = (failures: number, error: unknown) =>
  retryDelay(READ_POLICY, classify(error), failures + 1) !== null;
const retryDelayOf = (failures: number) => backoffDelay(READ_POLICY, failures + 1);

/** One client per app; `onUnauthorized` hears every 401 so the app can ask for a new token. */
export function createQueryClient(onUnauthorized: () => void): QueryClient {
  const on401 = (error: unknown) => {
    if (classify(error).kind === 'unauthorized') onUnauthorized();
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
      queries: { retry, retryDelay: retryDelayOf, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}

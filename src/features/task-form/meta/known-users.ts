import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useConnection } from '../../../api/connection';
import { usersQueryOptions, type User } from '../../../api/get-users';

/**
 * Email → name from every hub's user list loaded so far (TanStack Query's cache): a person removed
 * with a hub change is announced by name, and chips keep names while the next hub's list loads.
 */
export function useKnownNames(): (email: string) => string {
  const client = useQueryClient();
  const { connection } = useConnection();
  return useCallback(
    (email: string) => {
      // The key prefix of every hub's list, taken from the factory rather than spelled out here.
      const prefix = usersQueryOptions(connection, null).queryKey.slice(0, 2);
      for (const [, users] of client.getQueriesData<User[]>({ queryKey: prefix })) {
        const hit = users?.find((u) => u.email === email);
        if (hit) return hit.name;
      }
      return email;
    },
    [client, connection],
  );
}

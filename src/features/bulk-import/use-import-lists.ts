// The organisation's lists an import checks its rows against (hubs, users, the hubs' time zones).
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useConnection } from '../../api/connection';
import { useHubs } from '../../api/get-hubs';
import { activeUsersQueryOptions } from '../../api/get-users';
import type { ImportLists } from '../../flow/import/types';
import { zoneAt } from '../../flow/time-zones';
import { useZoneLookup } from '../../ui/use-zone-lookup';

export interface ListsState {
  lists?: ImportLists;
  error: unknown;
  retry(): void;
}

export function useImportLists(): ListsState {
  const { connection } = useConnection();
  const hubs = useHubs();
  const users = useQuery(activeUsersQueryOptions(connection));
  const zones = useZoneLookup();
  const lists = useMemo<ImportLists | undefined>(() => {
    if (!hubs.data || !users.data || zones.loading) return undefined;
    const byId = new Map(hubs.data.map((h) => [h._id, h]));
    const lookup = zones.lookup;
    return {
      hubs: hubs.data,
      users: users.data,
      zoneOfHub: (id) => {
        const h = byId.get(id);
        return lookup && h?.lat !== undefined && h.lng !== undefined
          ? zoneAt(lookup, h.lat, h.lng)
          : undefined;
      },
      defaultZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      now: new Date(),
    };
  }, [hubs.data, users.data, zones.loading, zones.lookup]);
  return {
    lists,
    error: hubs.error ?? users.error,
    retry: () => {
      void hubs.refetch();
      void users.refetch();
    },
  };
}

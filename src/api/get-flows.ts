import { queryOptions, useQuery } from '@tanstack/react-query';
import { normaliseFlow } from '../flow/normalise';
import type { FlowSpec } from '../flow/types';
import { useConnection, type Connection } from './connection';
import { apiFetch } from './http';
import { savedListQuery } from './saved-lists';

export interface FlowEntry {
  /** the flow object as the API sent it */
  raw: unknown;
  spec: FlowSpec;
}

interface FlowsPage {
  flows?: { data?: unknown[]; current_page?: number; last_page?: number };
}

const PAGE_SIZE = 100;
// A guard against a server whose paginator never ends; 100 × 100 flows is far beyond any organisation.
const MAX_PAGES = 100;

/** Every flow object of the organisation as the API sent it: all pages of GET /flows. */
async function getFlowObjects(conn: Connection, signal?: AbortSignal): Promise<unknown[]> {
  const objects: unknown[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const res = await apiFetch<FlowsPage>(conn, `/flows?page=${page}&limit=${PAGE_SIZE}`, { signal });
    const data = Array.isArray(res.flows?.data) ? res.flows.data : [];
    objects.push(...data);
    const last = Number(res.flows?.last_page ?? 1);
    if (data.length === 0 || !Number.isFinite(last) || page >= last) break;
  }
  return objects;
}

function toEntries(objects: unknown[]): FlowEntry[] {
  const entries: FlowEntry[] = [];
  for (const raw of objects) {
    try {
      entries.push({ raw, spec: normaliseFlow(raw) });
    } catch {
      // normaliseFlow throws only for something that is not a flow at all: leave it out of the list
    }
  }
  return entries;
}

/** Every flow of the organisation: all pages of GET /flows. Flows without a name are skipped. */
export async function getFlows(conn: Connection, signal?: AbortSignal): Promise<FlowEntry[]> {
  return toEntries(await getFlowObjects(conn, signal));
}

export const flowsQueryOptions = (conn: Connection | null) =>
  queryOptions({
    queryKey: ['flows', conn?.baseUrl ?? null],
    // offline: the flows last saved on this device for this account, kept raw (decision 025)
    ...savedListQuery({ conn, name: 'flows', load: getFlowObjects, read: toEntries, staleMs: 5 * 60_000 }),
    enabled: conn !== null,
  });

export function useFlows() {
  const { connection } = useConnection();
  return useQuery(flowsQueryOptions(connection));
}

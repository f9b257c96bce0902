import { queryOptions, useQuery } from '@tanstack/react-query';
import { normaliseFlowFields } from '../flow/normalise';
import type { FlowSpec } from '../flow/types';
import { requireConnection, useConnection, type Connection } from './connection';
import { apiFetch } from './http';

interface FlowTaskResponse {
  data?: { flowName?: unknown; flowFields?: unknown };
}

/** True when the flow object carries its pages (then GET /flows alone describes the form). */
export function flowHasPages(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && Array.isArray((raw as { pages?: unknown }).pages);
}

/** The fallback description of a flow without pages: GET /flow/{flowName}/task → flowFields. */
export async function getFlowTask(
  conn: Connection,
  flowName: string,
  signal?: AbortSignal,
): Promise<FlowSpec> {
  const res = await apiFetch<FlowTaskResponse>(conn, `/flow/${encodeURIComponent(flowName)}/task`, {
    signal,
  });
  const fields = Array.isArray(res.data?.flowFields) ? res.data.flowFields : [];
  const name = typeof res.data?.flowName === 'string' ? res.data.flowName : flowName;
  return normaliseFlowFields({ flowName: name, flowFields: fields });
}

export const flowTaskQueryOptions = (conn: Connection | null, flowName: string | null) =>
  queryOptions({
    queryKey: ['flow-task', conn?.baseUrl ?? null, flowName],
    queryFn: ({ signal }) => getFlowTask(requireConnection(conn), flowName ?? '', signal),
    enabled: conn !== null && flowName !== null && flowName !== '',
    staleTime: 5 * 60_000,
  });

/** Pass null to skip the call (flows that have pages need no fallback). */
export function useFlowTask(flowName: string | null) {
  const { connection } = useConnection();
  return useQuery(flowTaskQueryOptions(connection, flowName));
}

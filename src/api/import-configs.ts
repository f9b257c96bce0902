// MileApp's import presets (decision 043): POST /import-config is documented; listing a flow's presets
// with GET /import-config?referenceType=flow&referenceId=… is our reading, answered by our server.
import type { ImportPreset } from '../flow/import/types';
import type { Connection } from './connection';
import { apiFetch } from './http';

export interface ImportConfig extends ImportPreset {
  _id?: string;
  createdTime?: string;
  updatedTime?: string;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** A preset as some server sent it, or null when it is not one a flow can use. */
export function readImportConfig(raw: unknown): ImportConfig | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.referenceType !== 'flow' || !isText(r.referenceId) || !Array.isArray(r.fields)) return null;
  const fields = r.fields.flatMap((f: unknown) => {
    const { id, headerColumn } = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>;
    return isText(id) && isText(headerColumn) ? [{ id, headerColumn }] : [];
  });
  if (fields.length === 0) return null;
  const config: ImportConfig = {
    name: isText(r.name) ? r.name : '',
    referenceType: 'flow',
    referenceId: r.referenceId,
    fields,
  };
  for (const key of ['_id', 'createdTime', 'updatedTime'] as const) if (isText(r[key])) config[key] = r[key];
  return config;
}

/** The list out of `{ data: [...] }`, a paginator's `{ data: { data: [...] } }`, or a bare array. */
function listOf(res: unknown): unknown[] {
  const data = (res as { data?: unknown } | null)?.data;
  if (Array.isArray(data)) return data;
  const page = (data as { data?: unknown } | null | undefined)?.data;
  return Array.isArray(page) ? page : Array.isArray(res) ? res : [];
}

/** GET /import-config of one flow: its presets, newest first. */
export async function listImportConfigs(
  conn: Connection,
  referenceId: string,
  signal?: AbortSignal,
): Promise<ImportConfig[]> {
  const query = new URLSearchParams({ referenceType: 'flow', referenceId });
  const res = await apiFetch<unknown>(conn, `/import-config?${query}`, { signal });
  return listOf(res).flatMap((raw) => readImportConfig(raw) ?? []);
}

/** POST /import-config with the preset in MileApp's shape. */
export async function createImportConfig(conn: Connection, preset: ImportPreset): Promise<void> {
  const { name, referenceType, referenceId, fields } = preset;
  await apiFetch<unknown>(conn, '/import-config', {
    method: 'POST',
    body: { name, referenceType, referenceId, fields },
  });
}

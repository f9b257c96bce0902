// TEMP stand-in for Part C (import-send): dropped when the real one is merged.
import type { Connection } from '../../../api/connection';
import type { ImportPreset } from '../../../flow/import/types';
import type { FlowSpec } from '../../../flow/types';

const key = (conn: Connection, flow: FlowSpec) =>
  `taskComposer.tempPreset.${conn.baseUrl}.${flow._id ?? flow.name}`;

export function loadPreset(conn: Connection, flow: FlowSpec): Promise<ImportPreset | undefined> {
  const raw = localStorage.getItem(key(conn, flow));
  return Promise.resolve(raw ? (JSON.parse(raw) as ImportPreset) : undefined);
}
export function savePreset(conn: Connection, flow: FlowSpec, preset: ImportPreset): Promise<void> {
  localStorage.setItem(key(conn, flow), JSON.stringify(preset));
  return Promise.resolve();
}

// The tables as Kysely sees them, the same on both engines (docs/decisions/062). `rowid` is SQLite's
// implicit row number; PostgreSQL has an identity column of that name, so one query orders both.
import type { Generated } from 'kysely';

interface Named {
  rowid: Generated<number>;
  organization_id: string;
  _id: string;
  name: string;
  doc: string;
  created_time: string;
  updated_time: string;
}

export interface DB {
  organizations: { _id: string; name: string; updated_time: string };
  hubs: Named;
  users: Named & { email: string };
  flows: Named;
  tokens: { hash: Uint8Array; organization_id: string; user_id: string };
  tasks: {
    rowid: Generated<number>;
    _id: string;
    organization_id: string;
    flow: string;
    flow_id: string;
    hub_id: string;
    status: string;
    /** the task's assignee e-mails as a JSON array */
    assignee: string;
    created_ms: number;
    start_ms: number;
    done_ms: number | null;
    order_index: number;
    doc: string;
  };
  idempotency_keys: {
    organization_id: string;
    key: string;
    fingerprint: Uint8Array;
    status: number;
    response: string;
    created_ms: number;
  };
  import_configs: {
    rowid: Generated<number>;
    organization_id: string;
    _id: string;
    reference_type: string;
    reference_id: string;
    name: string;
    doc: string;
    updated_ms: number;
  };
  places: {
    id: Generated<number>;
    organization_id: string;
    kind: string;
    ref: string;
    name: string;
    address: string;
    lat: number;
    lng: number;
    precision: string;
  };
  geocode_cache: { key: string; answer: string; expires_ms: number };
  /** the UPSTREAM gateway's Idempotency-Key records (upstream-key-rows.ts) */
  upstream_keys: {
    scope: string;
    key: string;
    fingerprint: Uint8Array;
    state: string;
    status: number;
    response: string;
    created_ms: number;
  };
}

/** bytea comes back from PGlite as a Uint8Array, from the other drivers as a Buffer. */
export const asBuffer = (b: Uint8Array): Buffer =>
  Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);

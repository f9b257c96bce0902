// One organisation's flows, hubs and users as the routes need them: flows normalised once (src/flow) and
// looked up by name or id. Rebuilt only after the organisation is loaded again.
import type { Kysely } from 'kysely';
import { normaliseFlow } from '../../src/flow/normalise';
import type { DB } from './schema';
import type { Directory, FlowRecord, HubRecord, UserRecord } from './types';

interface Row {
  _id: string;
  name: string;
  doc: string;
  created_time: string;
  updated_time: string;
}

function parse(row: Row): Record<string, unknown> {
  return JSON.parse(row.doc) as Record<string, unknown>;
}

function toHub(organizationId: string, row: Row): HubRecord {
  const { _id: _i, name: _n, address, lat, lng, ...extra } = parse(row);
  return {
    _id: row._id,
    organizationId,
    name: row.name,
    address: typeof address === 'string' ? address : '',
    lat: Number(lat),
    lng: Number(lng),
    createdTime: row.created_time,
    updatedTime: row.updated_time,
    extra,
  };
}

function toUser(organizationId: string, row: Row): UserRecord {
  const doc = parse(row);
  return {
    _id: row._id,
    organizationId,
    name: row.name,
    email: String(doc.email),
    status: String(doc.status),
    role: String(doc.role),
    hubId: Array.isArray(doc.hubId) ? doc.hubId.map(String) : [],
    phoneNumber: typeof doc.phoneNumber === 'string' ? doc.phoneNumber : null,
    createdTime: row.created_time,
    updatedTime: row.updated_time,
  };
}

function toFlow(organizationId: string, row: Row): FlowRecord {
  const raw = parse(row);
  // The stored timestamps stand in for the ones an exported flow carries, when the file has none.
  const doc: Record<string, unknown> = { _id: row._id, ...raw, organizationId };
  if (doc.createdTime === undefined) doc.createdTime = row.created_time;
  if (doc.updatedTime === undefined) doc.updatedTime = row.updated_time;
  return { _id: row._id, organizationId, name: row.name, doc, spec: normaliseFlow(raw) };
}

/** `q` is the caller's transaction when it holds one (SQLite has a single connection to read on). */
export function directoryReader(
  db: Kysely<DB>,
): (organizationId: string, q?: Kysely<DB>) => Promise<Directory> {
  const select = (q: Kysely<DB>, table: 'flows' | 'hubs' | 'users', organizationId: string): Promise<Row[]> =>
    q
      .selectFrom(table)
      .select(['_id', 'name', 'doc', 'created_time', 'updated_time'])
      .where('organization_id', '=', organizationId)
      .orderBy('rowid')
      .execute();
  return async (organizationId, q = db) => {
    const flows = await select(q, 'flows', organizationId);
    const hubs = await select(q, 'hubs', organizationId);
    const users = await select(q, 'users', organizationId);
    const f = flows.map((r) => toFlow(organizationId, r));
    const h = hubs.map((r) => toHub(organizationId, r));
    return {
      organizationId,
      flows: f,
      flowsByName: new Map(f.map((x) => [x.name, x])),
      flowsById: new Map(f.map((x) => [x._id, x])),
      hubs: h,
      hubsById: new Map(h.map((x) => [x._id, x])),
      users: users.map((r) => toUser(organizationId, r)),
    };
  };
}

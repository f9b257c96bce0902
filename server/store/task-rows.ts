// Tasks in SQLite: the document as JSON plus indexed columns for GET /tasks. Every statement is
// prepared once and every query carries the organisation, so one organisation never reads another's.
import type Database from 'better-sqlite3';
import type { TaskDoc, TaskPage, TaskQuery } from './types';

const ms = (iso: unknown): number | null => {
  if (typeof iso !== 'string') return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
};

const SORT_COLUMN = {
  createdTime: 'created_ms',
  orderIndex: 'order_index',
  startTime: 'start_ms',
  doneTime: 'done_ms',
};
const TIME_COLUMN = { createdTime: 'created_ms', startTime: 'start_ms', doneTime: 'done_ms' };

function where(organizationId: string, q: TaskQuery): { sql: string; params: unknown[] } {
  const parts = ['organization_id = ?'];
  const params: unknown[] = [organizationId];
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  const list = (col: string, values: string[]) =>
    add(`${col} IN (SELECT value FROM json_each(?))`, JSON.stringify(values));
  if (q.flows) list('flow', q.flows);
  if (q.flowIds) list('flow_id', q.flowIds);
  if (q.hubId !== undefined) add('hub_id = ?', q.hubId);
  if (q.status !== undefined) add('status = ?', q.status);
  if (q.scopeHubIds) list('hub_id', q.scopeHubIds);
  for (const email of [q.assignee, q.scopeAssignee])
    if (email !== undefined)
      add('EXISTS (SELECT 1 FROM json_each(tasks.assignee) WHERE lower(value) = lower(?))', email);
  if (q.timeBy !== undefined) {
    const col = TIME_COLUMN[q.timeBy];
    if (q.timeFrom !== undefined) add(`${col} >= ?`, q.timeFrom);
    if (q.timeTo !== undefined) add(`${col} <= ?`, q.timeTo);
  }
  return { sql: parts.join(' AND '), params };
}

export interface TaskRows {
  /** all or nothing, in one transaction (or a savepoint inside the caller's) */
  insert(tasks: readonly TaskDoc[]): void;
  /**
   * One INSERT statement, no transaction of its own: for a caller already in one. `doc` is the task as
   * JSON when the caller has it already (JSON.stringify(task)).
   */
  insertRow(task: TaskDoc, doc?: string): void;
  get(organizationId: string, taskId: string): TaskDoc | undefined;
  list(organizationId: string, q: TaskQuery): TaskPage;
  /** bytes of the organisation's stored task documents (counted once, then kept up to date) */
  bytes(organizationId: string): number;
}

/** `afterInsert` runs inside the inserting transaction (the places index, decision 053). */
export function taskRows(db: Database.Database, afterInsert: (task: TaskDoc) => void = () => {}): TaskRows {
  const insertOne = db.prepare(
    `INSERT INTO tasks (_id, organization_id, flow, flow_id, hub_id, status, assignee, created_ms, start_ms,
       done_ms, order_index, doc)
     VALUES (@_id, @organization_id, @flow, @flow_id, @hub_id, @status, @assignee, @created_ms, @start_ms,
       @done_ms, @order_index, @doc)`,
  );
  const sumBytes = db.prepare<[string], { n: number }>(
    'SELECT coalesce(sum(length(CAST(doc AS BLOB))), 0) AS n FROM tasks WHERE organization_id = ?',
  );
  // Counted from the table once per organisation, then added to on every insert (a row undone by a
  // failed transaction is still counted: the quota errs on the safe side until the next start).
  const usedBytes = new Map<string, number>();
  const insertRow = (t: TaskDoc, given?: string) => {
    const doc = given ?? JSON.stringify(t);
    insertOne.run({
      _id: t._id,
      organization_id: t.organizationId,
      flow: t.flow,
      flow_id: t.flowId,
      hub_id: t.hubId,
      status: t.status,
      assignee: JSON.stringify(Array.isArray(t.assignee) ? t.assignee : []),
      created_ms: ms(t.createdTime) ?? 0,
      start_ms: ms(t.startTime) ?? 0,
      done_ms: ms(t.doneTime),
      order_index: t.orderIndex,
      doc,
    });
    const used = usedBytes.get(t.organizationId);
    if (used !== undefined) usedBytes.set(t.organizationId, used + Buffer.byteLength(doc, 'utf8'));
    afterInsert(t);
  };
  const insertAll = db.transaction((tasks: readonly TaskDoc[]) => {
    for (const t of tasks) insertRow(t, undefined);
  });
  const docByRowid = db.prepare<[number], string>('SELECT doc FROM tasks WHERE rowid = ?').pluck();
  const getOne = db.prepare<[string, string], { doc: string }>(
    'SELECT doc FROM tasks WHERE organization_id = ? AND _id = ?',
  );
  // GET /tasks builds its WHERE from a fixed set of optional filters: statements are cached per shape.
  const cache = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (s === undefined) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };

  return {
    insert: (tasks) => insertAll(tasks),
    bytes(organizationId) {
      let n = usedBytes.get(organizationId);
      if (n === undefined) usedBytes.set(organizationId, (n = sumBytes.get(organizationId)!.n));
      return n;
    },
    insertRow: (task, doc) => void insertRow(task, doc),
    get(organizationId, taskId) {
      const row = getOne.get(organizationId, taskId);
      return row === undefined ? undefined : (JSON.parse(row.doc) as TaskDoc);
    },
    list(organizationId, q) {
      const w = where(organizationId, q);
      const dir = q.sortOrder === 'asc' ? 'ASC' : 'DESC';
      // NULLs (tasks never done, for doneTime) go last either way; rowid keeps equal times in insert order.
      // Only done_ms can be NULL: the other sorts stay plain so the (organization_id, column) index serves them.
      const col = SORT_COLUMN[q.sortBy];
      const order = (t: string) =>
        `${col === 'done_ms' ? `${t}${col} IS NULL, ` : ''}${t}${col} ${dir}, ${t}rowid ${dir}`;
      // The page's rows are picked on the index first and only their documents read, one at a time as
      // the answer is sent: sorting or holding whole documents made a list as costly as its biggest tasks.
      const rowids = prepared(
        `SELECT rowid AS r FROM tasks WHERE ${w.sql} ORDER BY ${order('')} LIMIT ? OFFSET ?`,
      )
        .pluck()
        .all(...w.params, q.limit, q.offset) as number[];
      const counts = prepared(`SELECT status, count(*) AS n FROM tasks WHERE ${w.sql} GROUP BY status`).all(
        ...w.params,
      ) as { status: string; n: number }[];
      const countByStatus: Record<string, number> = {};
      let total = 0;
      for (const c of counts) {
        countByStatus[c.status] = c.n;
        total += c.n;
      }
      function* docs(): Generator<string> {
        for (const r of rowids) {
          const doc = docByRowid.get(r);
          if (doc !== undefined) yield doc;
        }
      }
      return { count: rowids.length, docs: { [Symbol.iterator]: docs }, total, countByStatus };
    },
  };
}

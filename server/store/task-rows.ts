// Tasks: the document as JSON plus indexed columns for GET /tasks. Every query carries the organisation,
// so one organisation never reads another's.
import type { ExpressionBuilder, Insertable, Kysely } from 'kysely';
import type { Engine } from './engine';
import { prepare } from './prepared';
import type { DB } from './schema';
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
} as const;
const TIME_COLUMN = { createdTime: 'created_ms', startTime: 'start_ms', doneTime: 'done_ms' } as const;

/**
 * Documents read per query while a page is streamed: a few small ones together (one round trip on
 * PostgreSQL), a large one alone, so the process never holds many large tasks at once.
 */
const DOCS_PER_READ = 32;
const BYTES_PER_READ = 1024 * 1024;

/** The page's rows in consecutive groups, each within DOCS_PER_READ and BYTES_PER_READ (or one row). */
function reads(rows: readonly { rowid: number; size: number }[]): number[][] {
  const groups: number[][] = [];
  let group: number[] = [];
  let bytes = 0;
  for (const r of rows) {
    if (group.length > 0 && (group.length >= DOCS_PER_READ || bytes + r.size > BYTES_PER_READ)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(r.rowid);
    bytes += r.size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

function where(engine: Engine, organizationId: string, q: TaskQuery) {
  return (eb: ExpressionBuilder<DB, 'tasks'>) => {
    const parts = [eb('organization_id', '=', organizationId)];
    // An empty list matches nothing (`IN ()` is not SQL).
    const list = (col: 'flow' | 'flow_id' | 'hub_id', values: string[]) =>
      parts.push(values.length === 0 ? eb.lit(false) : eb(col, 'in', values));
    if (q.flows) list('flow', q.flows);
    if (q.flowIds) list('flow_id', q.flowIds);
    if (q.hubId !== undefined) parts.push(eb('hub_id', '=', q.hubId));
    if (q.status !== undefined) parts.push(eb('status', '=', q.status));
    if (q.scopeHubIds) list('hub_id', q.scopeHubIds);
    for (const email of [q.assignee, q.scopeAssignee])
      if (email !== undefined) parts.push(eb.and([engine.assigneeHas(email)]));
    if (q.timeBy !== undefined) {
      const col = TIME_COLUMN[q.timeBy];
      if (q.timeFrom !== undefined) parts.push(eb(col, '>=', q.timeFrom));
      if (q.timeTo !== undefined) parts.push(eb(col, '<=', q.timeTo));
    }
    return eb.and(parts);
  };
}

export interface TaskRows {
  /**
   * One INSERT, inside the caller's transaction (`db` is it). `doc` is the task as JSON when the caller
   * has it already (JSON.stringify(task)).
   */
  insertRow(db: Kysely<DB>, task: TaskDoc, doc?: string): Promise<void>;
  get(organizationId: string, taskId: string): Promise<TaskDoc | undefined>;
  list(organizationId: string, q: TaskQuery): Promise<TaskPage>;
  /** bytes of the organisation's stored task documents (counted once, then kept up to date) */
  bytes(organizationId: string): Promise<number>;
}

/** `afterInsert` runs inside the inserting transaction (the places index, decision 053). */
export function taskRows(
  engine: Engine,
  afterInsert: (db: Kysely<DB>, task: TaskDoc) => Promise<void>,
): TaskRows {
  const { db } = engine;
  // Counted from the table once per organisation, then added to on every insert (a row undone by a
  // failed transaction is still counted: the quota errs on the safe side until the next start).
  const usedBytes = new Map<string, number>();
  const insert = prepare((r: Insertable<DB['tasks']>) =>
    db.insertInto('tasks').values({
      _id: r._id,
      organization_id: r.organization_id,
      flow: r.flow,
      flow_id: r.flow_id,
      hub_id: r.hub_id,
      status: r.status,
      assignee: r.assignee,
      created_ms: r.created_ms,
      start_ms: r.start_ms,
      done_ms: r.done_ms,
      order_index: r.order_index,
      doc: r.doc,
    }),
  );

  async function* docsOf(groups: readonly number[][]): AsyncGenerator<string> {
    for (const part of groups) {
      const rows = await db.selectFrom('tasks').select(['rowid', 'doc']).where('rowid', 'in', part).execute();
      const byRowid = new Map(rows.map((r) => [Number(r.rowid), r.doc]));
      for (const r of part) {
        const doc = byRowid.get(r);
        if (doc !== undefined) yield doc;
      }
    }
  }

  return {
    async insertRow(trx, t, given) {
      const doc = given ?? JSON.stringify(t);
      await insert(trx, {
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
      await afterInsert(trx, t);
    },
    async bytes(organizationId) {
      let n = usedBytes.get(organizationId);
      if (n === undefined) {
        const row = await db
          .selectFrom('tasks')
          .select((eb) =>
            eb.fn.coalesce(eb.fn.sum<number>(eb.fn('octet_length', ['doc'])), eb.lit(0)).as('n'),
          )
          .where('organization_id', '=', organizationId)
          .executeTakeFirstOrThrow();
        usedBytes.set(organizationId, (n = Number(row.n)));
      }
      return n;
    },
    async get(organizationId, taskId) {
      const row = await db
        .selectFrom('tasks')
        .select('doc')
        .where('organization_id', '=', organizationId)
        .where('_id', '=', taskId)
        .executeTakeFirst();
      return row === undefined ? undefined : (JSON.parse(row.doc) as TaskDoc);
    },
    async list(organizationId, q) {
      const filter = where(engine, organizationId, q);
      const dir = q.sortOrder === 'asc' ? 'asc' : 'desc';
      const col = SORT_COLUMN[q.sortBy];
      // NULLs (tasks never done, for doneTime) go last either way; rowid keeps equal times in insert
      // order. Only done_ms can be NULL: the other sorts stay plain so the (organization_id, column)
      // index serves them. The page's rows are picked on the index first and only their documents read,
      // a few at a time as the answer is sent (decision 046).
      let page = db
        .selectFrom('tasks')
        .select((eb) => ['rowid', eb.fn<number>('octet_length', ['doc']).as('size')])
        .where(filter);
      if (col === 'done_ms') page = page.orderBy((eb) => eb('done_ms', 'is', null));
      const picked = (
        await page.orderBy(col, dir).orderBy('rowid', dir).limit(q.limit).offset(q.offset).execute()
      ).map((r) => ({ rowid: Number(r.rowid), size: Number(r.size) }));
      const counts = await db
        .selectFrom('tasks')
        .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
        .where(filter)
        .groupBy('status')
        .execute();
      const countByStatus: Record<string, number> = {};
      let total = 0;
      for (const c of counts) {
        countByStatus[c.status] = Number(c.n);
        total += Number(c.n);
      }
      return {
        count: picked.length,
        docs: { [Symbol.asyncIterator]: () => docsOf(reads(picked)) },
        total,
        countByStatus,
      };
    },
  };
}

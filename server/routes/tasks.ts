// Tasks (docs/mileapp-api.md §2, §3, §7): create one, create many, list, read one.
import type { FastifyReply } from 'fastify';
import type { ContractApp } from '../contracts/provider';
import { getTask, listTasks, postBulk, postTask } from '../contracts/tasks';
import { failure, NOT_FOUND, sendFailure } from '../http/envelope';
import { mayRead, taskScope } from '../http/access';
import { pickFields } from '../http/fields';
import { idempotent, newAnswer, replay, type KeyedRequest } from '../http/idempotency';
import { PLACEHOLDER, streamJson } from '../http/json-stream';
import { paginate } from '../http/paginator';
import type { IdempotentAnswer, Store, TaskDoc } from '../store/types';
import { createBulk } from '../tasks/bulk';
import { createTask } from '../tasks/create';
import { createdJson } from '../tasks/created-json';
import { groupCommit } from '../tasks/group-commit';
import type { RouteDeps } from './deps';

const QUOTA_USED = failure(
  "The organisation's storage quota is used up: no more tasks can be created. Ask the server's operator to raise QUOTA_MB.",
  'task-040',
);

async function* mapIterable<T, U>(items: AsyncIterable<T>, f: (item: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield f(item);
}

/** Stores the tasks (with the key's answer, when there is a key) and sends the 201. */
async function created(
  store: Store,
  reply: FastifyReply,
  keyed: KeyedRequest | null,
  tasks: TaskDoc[],
  body: unknown,
  nowMs: number,
): Promise<FastifyReply> {
  // Serialised once: the replay of a key is byte for byte what the first request got.
  const json = JSON.stringify(body);
  let prior: IdempotentAnswer | undefined;
  if (keyed === null) {
    if (tasks.length > 0) await store.insertTasks(tasks);
  } else {
    prior = await store.insertTasksOnce(tasks, newAnswer(keyed, 201, json, nowMs));
  }
  return replayOr201(reply, keyed, prior, json);
}

/** The key's earlier answer again when storing found one (`prior`), else the 201 with `json`. */
function replayOr201(
  reply: FastifyReply,
  keyed: KeyedRequest | null,
  prior: IdempotentAnswer | undefined,
  json: string,
): FastifyReply {
  if (prior !== undefined && keyed !== null) return replay(reply, keyed, prior);
  return reply.code(201).type('application/json; charset=utf-8').send(json);
}

export function taskRoutes(app: ContractApp, deps: RouteDeps): void {
  const { store, now, nextOrderIndex, createBatch, bodyLimits, quotaBytes } = deps;
  const overQuota = async (organizationId: string, adding: number) =>
    quotaBytes > 0 && (await store.taskBytes(organizationId)) + adding > quotaBytes;
  const commits = groupCommit(store, createBatch);
  // On shutdown, after the requests in flight: nothing accepted may stay uncommitted once the store closes.
  app.addHook('onClose', async () => commits.flush());
  app.decorateRequest('idempotency', null);

  app.post(
    '/task',
    {
      schema: postTask,
      bodyLimit: bodyLimits.task,
      preValidation: idempotent(store, now, 'POST /task'),
    },
    async (request, reply) => {
      const at = now();
      const keyed = request.idempotency;
      const dir = await store.directory(request.auth.organizationId);
      const r = createTask(dir, request.auth, request.body, at, nextOrderIndex);
      if (!r.ok) return sendFailure(reply, r.status, r.envelope);
      if (await overQuota(request.auth.organizationId, r.doc.length))
        return sendFailure(reply, 403, QUOTA_USED);
      // The document is serialised once (by createTask), for the row and the 201 body alike.
      const doc = r.doc;
      const json = createdJson(doc);
      // Stored with the other creates of this event-loop turn, in one transaction (decision 023); the
      // 201 is sent only once that transaction has committed.
      const prior = await commits.add(
        keyed === null
          ? { task: r.task, doc }
          : { task: r.task, doc, answer: newAnswer(keyed, 201, json, at.getTime()) },
      );
      return replayOr201(reply, keyed, prior, json);
    },
  );

  app.post(
    '/tasks/bulk',
    {
      schema: postBulk,
      bodyLimit: bodyLimits.bulk,
      preValidation: idempotent(store, now, 'POST /tasks/bulk/'),
    },
    async (request, reply) => {
      const at = now();
      const dir = await store.directory(request.auth.organizationId);
      const { accepted, results, bytes } = createBulk(
        dir,
        request.auth,
        request.body.tasks,
        at,
        nextOrderIndex,
      );
      if (await overQuota(request.auth.organizationId, bytes)) return sendFailure(reply, 403, QUOTA_USED);
      const body = { success: accepted.length, failed: results.length - accepted.length, tasks: results };
      return created(store, reply, request.idempotency, accepted, body, at.getTime());
    },
  );

  // Streamed (json-stream.ts): the schema's serializer is not used, the documents go out as stored.
  app.get('/tasks', { schema: listTasks }, async (request, reply) => {
    const { query, page, fields } = request.query;
    const scope = taskScope(request.auth, await store.directory(request.auth.organizationId));
    const result = await store.listTasks(request.auth.organizationId, {
      ...query,
      ...(scope.hubIds ? { scopeHubIds: scope.hubIds } : {}),
      ...(scope.assignee !== undefined ? { scopeAssignee: scope.assignee } : {}),
    });
    const docs =
      fields === undefined
        ? result.docs
        : mapIterable(result.docs, (doc) => JSON.stringify(pickFields(JSON.parse(doc) as TaskDoc, fields)));
    const envelope = {
      status: true as const,
      message: 'Success.',
      tasks: paginate(request, PLACEHOLDER, page, query.limit, result.total, result.count),
      metadata: {
        counting: {
          doneTotal: result.countByStatus.DONE ?? 0,
          ongoingTotal: result.countByStatus.ONGOING ?? 0,
        },
        sourceDataTask: '-',
      },
    };
    // A stream is not an object answer the contract could check: sent through the untyped reply.
    const untyped = reply as unknown as FastifyReply;
    return untyped.type('application/json; charset=utf-8').send(streamJson(envelope, docs));
  });

  app.get('/task/:taskId', { schema: getTask }, async (request, reply) => {
    const task = await store.getTask(request.auth.organizationId, request.params.taskId);
    const scope = taskScope(request.auth, await store.directory(request.auth.organizationId));
    if (task === undefined || !mayRead(scope, task)) return sendFailure(reply, 404, NOT_FOUND('task'));
    return { status: true as const, message: 'Success', task };
  });
}

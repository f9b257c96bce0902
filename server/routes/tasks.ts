// Tasks (docs/mileapp-api.md §2, §3, §7): create one, create many, list, read one.
import type { FastifyReply } from 'fastify';
import type { ContractApp } from '../contracts/provider';
import { getTask, listTasks, postBulk, postTask } from '../contracts/tasks';
import { NOT_FOUND, sendFailure } from '../http/envelope';
import { mayRead, taskScope } from '../http/access';
import { pickFields } from '../http/fields';
import { idempotent, newAnswer, replay, type KeyedRequest } from '../http/idempotency';
import { paginate } from '../http/paginator';
import type { IdempotentAnswer, Store, TaskDoc } from '../store/types';
import { createBulk } from '../tasks/bulk';
import { createTask } from '../tasks/create';
import { createdJson } from '../tasks/created-json';
import { groupCommit } from '../tasks/group-commit';
import type { RouteDeps } from './deps';

/** Stores the tasks (with the key's answer, when there is a key) and sends the 201. */
function created(
  store: Store,
  reply: FastifyReply,
  keyed: KeyedRequest | null,
  tasks: TaskDoc[],
  body: unknown,
  nowMs: number,
): FastifyReply {
  // Serialised once: the replay of a key is byte for byte what the first request got.
  const json = JSON.stringify(body);
  let prior: IdempotentAnswer | undefined;
  if (keyed === null) {
    if (tasks.length > 0) store.insertTasks(tasks);
  } else {
    prior = store.insertTasksOnce(tasks, newAnswer(keyed, 201, json, nowMs));
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

export function taskRoutes(app: ContractApp, { store, now, nextOrderIndex, createBatch }: RouteDeps): void {
  const commits = groupCommit(store, createBatch);
  app.decorateRequest('idempotency', null);

  app.post(
    '/task',
    { schema: postTask, preValidation: idempotent(store, now, 'POST /task') },
    async (request, reply) => {
      const at = now();
      const keyed = request.idempotency;
      const dir = store.directory(request.auth.organizationId);
      const r = createTask(dir, request.auth, request.body, at, nextOrderIndex);
      if (!r.ok) return sendFailure(reply, r.status, r.envelope);
      // The document is serialised once, for the row and the 201 body alike.
      const doc = JSON.stringify(r.task);
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
    { schema: postBulk, preValidation: idempotent(store, now, 'POST /tasks/bulk/') },
    async (request, reply) => {
      const at = now();
      const dir = store.directory(request.auth.organizationId);
      const { accepted, results } = createBulk(dir, request.auth, request.body.tasks, at, nextOrderIndex);
      const body = { success: accepted.length, failed: results.length - accepted.length, tasks: results };
      return created(store, reply, request.idempotency, accepted, body, at.getTime());
    },
  );

  app.get('/tasks', { schema: listTasks }, async (request) => {
    const { query, page, fields } = request.query;
    const scope = taskScope(request.auth, store.directory(request.auth.organizationId));
    const result = store.listTasks(request.auth.organizationId, {
      ...query,
      ...(scope.hubIds ? { scopeHubIds: scope.hubIds } : {}),
      ...(scope.assignee !== undefined ? { scopeAssignee: scope.assignee } : {}),
    });
    const data = result.tasks.map((t) => pickFields(t, fields));
    return {
      status: true as const,
      message: 'Success.',
      tasks: paginate(request, data, page, query.limit, result.total),
      metadata: {
        counting: {
          doneTotal: result.countByStatus.DONE ?? 0,
          ongoingTotal: result.countByStatus.ONGOING ?? 0,
        },
        sourceDataTask: '-',
      },
    };
  });

  app.get('/task/:taskId', { schema: getTask }, async (request, reply) => {
    const task = store.getTask(request.auth.organizationId, request.params.taskId);
    const scope = taskScope(request.auth, store.directory(request.auth.organizationId));
    if (task === undefined || !mayRead(scope, task)) return sendFailure(reply, 404, NOT_FOUND('task'));
    return { status: true as const, message: 'Success', task };
  });
}

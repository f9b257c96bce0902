// Tasks (mileapp-api.md §2, §3, §7): create one, create many, list, read one.
import type { FastifyInstance } from 'fastify';
import { NOT_FOUND, sendFailure } from '../http/envelope';
import { paginate } from '../http/paginator';
import { pickFields, type Query } from '../http/query';
import { checkBulkBody, createBulk } from '../tasks/bulk';
import { createTask } from '../tasks/create';
import { parseTaskQuery } from '../tasks/list-query';
import type { RouteDeps } from './deps';

export function taskRoutes(app: FastifyInstance, { store, now, nextOrderIndex }: RouteDeps): void {
  app.post('/task', async (request, reply) => {
    const dir = store.directory(request.auth.organizationId);
    const r = createTask(dir, request.auth, request.body, now(), nextOrderIndex);
    if (!r.ok) return sendFailure(reply, 400, r.envelope);
    store.insertTasks([r.task]);
    return reply.code(201).send({ status: true, message: 'Task has been created', task: r.task });
  });

  app.post('/tasks/bulk', async (request, reply) => {
    const bad = checkBulkBody(request.body);
    if (bad) return sendFailure(reply, 400, bad);
    const items = (request.body as { tasks: unknown[] }).tasks;
    const dir = store.directory(request.auth.organizationId);
    const { accepted, results } = createBulk(dir, request.auth, items, now(), nextOrderIndex);
    if (accepted.length > 0) store.insertTasks(accepted);
    return reply
      .code(201)
      .send({ success: accepted.length, failed: results.length - accepted.length, tasks: results });
  });

  app.get('/tasks', async (request) => {
    const { query, page, fields } = parseTaskQuery(request.query as Query);
    const result = store.listTasks(request.auth.organizationId, query);
    const data = result.tasks.map((t) => pickFields(t, fields));
    return {
      status: true,
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

  app.get<{ Params: { taskId: string } }>('/task/:taskId', async (request, reply) => {
    const task = store.getTask(request.auth.organizationId, request.params.taskId);
    if (task === undefined) return sendFailure(reply, 404, NOT_FOUND('task'));
    return { status: true, message: 'Success', task };
  });
}

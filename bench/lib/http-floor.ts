// The HTTP floor of the server benchmark: Fastify with the server's own options, answering POST
// /api/v3/task with a 201 that carries the body back as `task`, and nothing else. No token check, no
// validation, no task built, no SQLite: what any Node server pays to take a body of this size over HTTP,
// parse it and send a task-sized JSON answer. Run as its own process like the server (`tsx
// bench/lib/http-floor.ts`); prints the URL in the server's words so the benchmark starts both alike.
import Fastify from 'fastify';
import { DEFAULT_BODY_LIMIT } from '../../server/app';
import { createdJson } from '../../server/tasks/created-json';

const app = Fastify({
  logger: false,
  bodyLimit: DEFAULT_BODY_LIMIT,
  onProtoPoisoning: 'ignore',
  onConstructorPoisoning: 'ignore',
});
app.post('/api/v3/task', async (request, reply) =>
  reply
    .code(201)
    .type('application/json; charset=utf-8')
    .send(createdJson(JSON.stringify(request.body))),
);
const url = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`HTTP floor is running at ${url}`);
console.log('Demo token: none');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));

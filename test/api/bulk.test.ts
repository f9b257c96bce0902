// POST /tasks/bulk/ (docs/decisions/011-bulk-semantics.md): each item stands alone, results in order
// with their refId, the good ones stored together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_BODY, JAKARTA, startServer, taskCount, type TestServer } from './harness';
import { checkExampleShape, checkSchema, exampleOf, responseSchema, SPECS } from './swagger';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

describe('POST /tasks/bulk/', () => {
  it("creates the docs' example batch: 201 in the documented shape, refId echoed", async () => {
    const body = {
      background: false,
      tasks: [
        DOCS_BODY,
        { flow: 'Visit', hubId: JAKARTA, field1: 'John Birdy', refId: '66544e0855d2696d401d8252' },
      ],
    };
    const r = await s.demo('POST', '/tasks/bulk/', body);
    expect(r.status).toBe(201);
    const schema = responseSchema('Task', '/tasks/bulk/', 'post', '201');
    expect(checkSchema(SPECS.Task, schema, r.body)).toEqual([]);
    expect(checkExampleShape(exampleOf('Task', schema), r.body, ['$.tasks[0].refId'])).toEqual([]);
    expect(r.body).toMatchObject({ success: 2, failed: 0 });
    expect(r.body.tasks[0]).toEqual({
      status: true,
      message: 'Task has been created',
      _id: expect.stringMatching(/^[0-9a-f]{24}$/),
    });
    expect(r.body.tasks[1]).toMatchObject({ status: true, refId: '66544e0855d2696d401d8252' });
    const stored = await s.demo('GET', `/task/${r.body.tasks[1]._id}`);
    expect(stored.body.task).toMatchObject({
      field1: 'John Birdy',
      refId: '66544e0855d2696d401d8252',
      createdBy: 'Roger',
    });
  });

  it('a bad item fails alone, with its own envelope and refId; the good ones are stored', async () => {
    const before = await taskCount(s.demo);
    const r = await s.demo('POST', '/tasks/bulk', {
      tasks: [
        { ...DOCS_BODY, refId: 'a' },
        { ...DOCS_BODY, field1: '', refId: 'b' },
        { flow: 'Nope', hubId: JAKARTA, refId: 'c' },
        'not a task',
        { ...DOCS_BODY, refId: 'e' },
      ],
    });
    expect(r.status).toBe(201);
    expect(r.body.success).toBe(2);
    expect(r.body.failed).toBe(3);
    expect(r.body.tasks.map((t: { status: boolean; refId?: string }) => [t.status, t.refId])).toEqual([
      [true, 'a'],
      [false, 'b'],
      [false, 'c'],
      [false, undefined],
      [true, 'e'],
    ]);
    expect(r.body.tasks[1]).toEqual({
      status: false,
      message: 'The Customer name field is required.',
      failedCode: 'task-001',
      errors: { field1: ['The Customer name field is required.'] },
      refId: 'b',
    });
    expect(r.body.tasks[2].failedCode).toBe('task-033');
    expect(r.body.tasks[3].failedCode).toBe('task-003');
    expect(await taskCount(s.demo)).toBe(before + 2);
  });

  it('reads a comma-separated assignee string per item as POST /task does (decision 034)', async () => {
    const r = await s.demo('POST', '/tasks/bulk/', {
      tasks: [
        { ...DOCS_BODY, assignee: 'leandro@mile.app, siti.rahmawati@example.com', refId: 'both' },
        { ...DOCS_BODY, assignee: 'leandro@mile.app,nobody', refId: 'bad' },
      ],
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ success: 1, failed: 1 });
    const stored = await s.demo('GET', `/task/${r.body.tasks[0]._id}`);
    expect(stored.body.task.assignee).toEqual(['leandro@mile.app', 'siti.rahmawati@example.com']);
    expect(r.body.tasks[1]).toMatchObject({
      status: false,
      failedCode: 'task-004',
      errors: { assignee: ['The assignee must be a valid email address.'] },
      refId: 'bad',
    });
  });

  it('takes 2000 tasks and refuses 2001 without storing any', async () => {
    const before = await taskCount(s.demo);
    const many = (n: number) => ({
      tasks: Array.from({ length: n }, (_, i) => ({ ...DOCS_BODY, refId: `r${i}` })),
    });
    const over = await s.demo('POST', '/tasks/bulk/', many(2001));
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({ status: false, failedCode: 'task-040' });
    expect(await taskCount(s.demo)).toBe(before);
    const max = await s.demo('POST', '/tasks/bulk/', many(2000));
    expect(max.status).toBe(201);
    expect(max.body.success).toBe(2000);
    expect(max.body.tasks[1999].refId).toBe('r1999');
    expect(await taskCount(s.demo)).toBe(before + 2000);
  });

  it.each([
    ['no tasks', {}, 'task-001'],
    ['an empty list', { tasks: [] }, 'task-001'],
    ['tasks that is not a list', { tasks: DOCS_BODY }, 'task-011'],
    ['a body that is not an object', [DOCS_BODY], 'task-003'],
    ['background that is not a boolean', { tasks: [DOCS_BODY], background: 'yes' }, 'task-010'],
  ])('refuses %s with 400 and stores nothing', async (_what, body, code) => {
    const before = await taskCount(s.demo);
    const r = await s.demo('POST', '/tasks/bulk/', body);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ status: false, failedCode: code });
    expect(await taskCount(s.demo)).toBe(before);
  });
});

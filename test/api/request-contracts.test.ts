// The answers to bad query parameters and bad bulk bodies, whole: status, message, failedCode and the
// field named in `errors`, so that how the server reads a request can change without a client noticing.
// When several parameters are wrong, the first in the route's order is the one answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { BulkCreated, Created } from '../../server/contracts/tasks';
import { DOCS_BODY, startServer, type TestServer } from './harness';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const refused = (field: string, failedCode: string, message: string) => ({
  status: false,
  message,
  failedCode,
  errors: { [field]: [message] },
});
const between = (name: string, min: number, max: number) =>
  `The ${name} must be an integer between ${min} and ${max}.`;
const oneOf = (name: string, allowed: string) => `The selected ${name} is invalid (one of: ${allowed}).`;
const TIME = (name: string) => `The ${name} must be a date and time in the format Y-m-d H:i:s.`;

describe('query parameters a route refuses', () => {
  it.each([
    ['/tasks?page=0', refused('page', 'task-009', between('page', 1, 1_000_000))],
    ['/tasks?page=1.5', refused('page', 'task-009', between('page', 1, 1_000_000))],
    ['/tasks?page=99999999999999999999', refused('page', 'task-009', between('page', 1, 1_000_000))],
    ['/tasks?limit=1001', refused('limit', 'task-009', between('limit', 1, 1000))],
    ['/tasks?limit=-5', refused('limit', 'task-009', between('limit', 1, 1000))],
    ['/tasks?page=1&page=0', refused('page', 'task-009', between('page', 1, 1_000_000))],
    [
      '/tasks?sortBy=CREATEDTIME',
      refused('sortBy', 'task-017', oneOf('sortBy', 'createdTime, orderIndex, startTime, doneTime')),
    ],
    ['/tasks?sortOrder=up', refused('sortOrder', 'task-017', oneOf('sortOrder', 'asc, desc'))],
    ['/tasks?status=LOST', refused('status', 'task-017', oneOf('status', 'UNASSIGNED, ONGOING, DONE'))],
    [
      '/tasks?timeBy=endTime',
      refused('timeBy', 'task-017', oneOf('timeBy', 'createdTime, startTime, doneTime')),
    ],
    ['/tasks?timeBy=startTime&timeFrom=yesterday', refused('timeFrom', 'task-008', TIME('timeFrom'))],
    ['/tasks?timeBy=startTime&timeTo=2023-13-01', refused('timeTo', 'task-008', TIME('timeTo'))],
    ['/tasks?timeFrom=soon', refused('timeFrom', 'task-008', TIME('timeFrom'))],
    [
      '/tasks?timeTo=2023-01-01',
      refused('timeBy', 'task-001', 'The timeBy field is required when timeFrom or timeTo is present.'),
    ],
    ['/tasks?page=0&limit=0&sortBy=x', refused('page', 'task-009', between('page', 1, 1_000_000))],
    ['/tasks?status=x&limit=0', refused('limit', 'task-009', between('limit', 1, 1000))],
    [
      '/tasks?timeFrom=x&timeBy=nope',
      refused('timeBy', 'task-017', oneOf('timeBy', 'createdTime, startTime, doneTime')),
    ],
    ['/flows?page=-1', refused('page', 'flow-009', between('page', 1, 1_000_000))],
    ['/flows?limit=0', refused('limit', 'flow-009', between('limit', 1, 1000))],
    ['/flows?sort_order=sideways', refused('sort_order', 'flow-017', oneOf('sort_order', 'asc, desc'))],
    ['/hubs?page=x', refused('page', 'hub-009', between('page', 1, 1_000_000))],
    ['/hubs?sortOrder=up', refused('sortOrder', 'hub-017', oneOf('sortOrder', 'asc, desc'))],
    ['/users?limit=1001', refused('limit', 'user-009', between('limit', 1, 1000))],
    ['/users?page=0', refused('page', 'user-009', between('page', 1, 1_000_000))],
  ])('GET %s', async (path, expected) => {
    const r = await s.demo('GET', path);
    expect(r.status).toBe(400);
    expect(r.body).toEqual(expected);
  });

  it('asks for a token before it looks at the parameters', async () => {
    const r = await s.anonymous('GET', '/tasks?page=0');
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ status: false, message: 'Unauthenticated.' });
  });
});

describe('query parameters a route reads', () => {
  it.each([
    ['the last of a repeated parameter', '/hubs?limit=1&limit=2', 2],
    ['a blank parameter as absent', '/hubs?limit=%20%20', 6],
    ['a value with spaces around it', '/hubs?limit=%202%20', 2],
    ['an order in capitals', '/hubs?sortOrder=DESC&limit=1', 1],
    ['an unknown parameter as absent', '/hubs?colour=red&limit=3', 3],
  ])('takes %s', async (_what, path, count) => {
    const r = await s.demo('GET', path);
    expect(r.status).toBe(200);
    expect(r.body.data).toHaveLength(count);
  });

  it('lists a comma-separated parameter without blanks', async () => {
    const r = await s.demo('GET', '/users?fields=name,%20,email,&limit=1');
    expect(Object.keys(r.body.data[0])).toEqual(['_id', 'name', 'email']);
  });
});

describe('bulk bodies a route refuses', () => {
  const notAnObject = refused('body', 'task-003', 'The request body must be a JSON object.');
  it.each([
    ['a list', [DOCS_BODY], notAnObject],
    ['a string', '"tasks"', notAnObject],
    ['no tasks', {}, refused('tasks', 'task-001', 'The tasks field is required.')],
    ['null tasks', { tasks: null }, refused('tasks', 'task-001', 'The tasks field is required.')],
    ['an empty list', { tasks: [] }, refused('tasks', 'task-001', 'The tasks field is required.')],
    ['tasks that are no list', { tasks: 'x' }, refused('tasks', 'task-011', 'The tasks must be an array.')],
    [
      'too many tasks',
      { tasks: Array.from({ length: 2001 }, () => ({})) },
      refused('tasks', 'task-040', 'The tasks must not have more than 2000 items.'),
    ],
    [
      'a background that is no boolean',
      { tasks: [DOCS_BODY], background: 'yes' },
      refused('background', 'task-010', 'The background field must be true or false.'),
    ],
    [
      'tasks and background both wrong',
      { tasks: 'x', background: 'yes' },
      refused('tasks', 'task-011', 'The tasks must be an array.'),
    ],
  ])('POST /tasks/bulk/ with %s', async (_what, body, expected) => {
    const r = await s.demo('POST', '/tasks/bulk/', body);
    expect(r.status).toBe(400);
    expect(r.body).toEqual(expected);
  });

  it('POST /task with a list', async () => {
    const r = await s.demo('POST', '/task', [DOCS_BODY]);
    expect(r.status).toBe(400);
    expect(r.body).toEqual(refused('body', 'task-003', 'The request body must be a JSON object.'));
  });

  it('answers a reused Idempotency-Key with 409 before it looks at the body', async () => {
    const headers = { 'idempotency-key': `contract-${Date.now()}` };
    expect((await s.demo('POST', '/tasks/bulk/', { tasks: [DOCS_BODY] }, headers)).status).toBe(201);
    const again = await s.demo('POST', '/tasks/bulk/', { tasks: 'x' }, headers);
    expect(again.status).toBe(409);
    expect(again.body.failedCode).toBe('sys-031');
  });
});

describe('answers sent as prepared text', () => {
  // The create routes send JSON they built themselves, which no serializer checks: here it is.
  it('POST /task and POST /tasks/bulk/ answer what their contracts declare', async () => {
    const one = await s.demo('POST', '/task', DOCS_BODY);
    expect(one.status).toBe(201);
    expect(z.encode(Created, one.body)).toEqual(one.body);
    const many = await s.demo('POST', '/tasks/bulk/', {
      tasks: [{ ...DOCS_BODY, refId: 'a' }, { flow: 'Nope' }],
    });
    expect(many.status).toBe(201);
    expect(z.encode(BulkCreated, many.body)).toEqual(many.body);
  });
});

// The checker must be able to fail, or the contract tests built on it prove nothing.
import { describe, expect, it } from 'vitest';
import { checkExampleShape, checkSchema, exampleOf, responseSchema, SPECS } from './swagger';

describe('Swagger 2.0 checker', () => {
  const created = responseSchema('Task', '/task', 'post', '201');

  it("accepts MileApp's own example against its own schema", () => {
    expect(checkSchema(SPECS.Task, created, exampleOf('Task', created))).toEqual([]);
  });

  it('reports wrong types, missing required keys and enum values', () => {
    expect(checkSchema(SPECS.Task, created, { status: 'yes', task: [] })).toEqual([
      '$.status: expected boolean, got string',
      '$.task: expected object, got array',
    ]);
    const schema = { type: 'object', required: ['a'], properties: { b: { type: 'string', enum: ['x'] } } };
    expect(checkSchema(SPECS.Task, schema, { b: 'y' })).toEqual(['$.a: required', '$.b: "y" not in ["x"]']);
    expect(checkSchema(SPECS.Task, { type: 'array', items: { type: 'integer' } }, [1, 1.5])).toEqual([
      '$[1]: expected integer, got number',
    ]);
  });

  it('resolves $ref to definitions and refuses dangling ones', () => {
    const flows = responseSchema('Flow', '/flows', 'get', '200');
    expect(checkSchema(SPECS.Flow, flows, { status: true, message: 'x', flows: 1 })).toEqual([
      '$.flows: expected object, got integer',
    ]);
    expect(() => checkSchema(SPECS.Task, { $ref: '#/definitions/nope' }, {})).toThrow(/unresolvable/);
  });

  it('compares with the documented example: missing keys and changed types', () => {
    const example = { a: 1, b: { c: 'x' }, list: [{ d: true }], n: null };
    expect(checkExampleShape(example, { a: 2, b: { c: 'y' }, list: [{ d: false }], n: 5 })).toEqual([]);
    expect(checkExampleShape(example, { a: '2', b: {}, list: [{ d: 1 }] })).toEqual([
      '$.a: documented as integer, got string',
      '$.b.c: missing',
      '$.list[0].d: documented as boolean, got integer',
      '$.n: missing',
    ]);
    expect(checkExampleShape(example, { a: 1, b: {}, list: [] }, ['$.b.c', '$.n'])).toEqual([]);
  });
});

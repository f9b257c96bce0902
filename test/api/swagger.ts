// A small checker for the Swagger 2.0 definitions in docs/mileapp-openapi: enough of JSON Schema
// (type, properties, required, items, enum, local $ref) to check our answers against MileApp's own
// response definitions, plus a comparison with the documented example's shape.
import flowSpec from '../../docs/mileapp-openapi/Flow.json';
import hubSpec from '../../docs/mileapp-openapi/Hub.json';
import taskSpec from '../../docs/mileapp-openapi/Task.json';
import userSpec from '../../docs/mileapp-openapi/User.json';

export interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  $ref?: string;
  example?: unknown;
}

type Spec = { definitions?: Record<string, Schema>; paths: Record<string, Record<string, unknown>> };
export const SPECS: Record<'Flow' | 'Hub' | 'Task' | 'User', Spec> = {
  Flow: flowSpec as unknown as Spec,
  Hub: hubSpec as unknown as Spec,
  Task: taskSpec as unknown as Spec,
  User: userSpec as unknown as Spec,
};

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function resolve(spec: Spec, schema: Schema): Schema {
  // Swagger 2.0: siblings of $ref are ignored.
  if (schema.$ref === undefined) return schema;
  const m = /^#\/definitions\/(.+)$/.exec(schema.$ref);
  const target = m ? spec.definitions?.[m[1]!] : undefined;
  if (target === undefined) throw new Error(`unresolvable $ref ${schema.$ref}`);
  return resolve(spec, target);
}

/** Problems of `value` against `schema` ([] = valid). */
export function checkSchema(spec: Spec, schema: Schema, value: unknown, path = '$'): string[] {
  const s = resolve(spec, schema);
  const errors: string[] = [];
  const t = jsonType(value);
  if (s.type !== undefined) {
    const ok = s.type === t || (s.type === 'number' && t === 'integer');
    if (!ok) return [`${path}: expected ${s.type}, got ${t}`];
  }
  if (s.enum && !s.enum.includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(s.enum)}`);
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    for (const r of s.required ?? []) if (!Object.hasOwn(obj, r)) errors.push(`${path}.${r}: required`);
    for (const [k, sub] of Object.entries(s.properties ?? {}))
      if (Object.hasOwn(obj, k)) errors.push(...checkSchema(spec, sub, obj[k], `${path}.${k}`));
  }
  if (t === 'array' && s.items)
    (value as unknown[]).forEach((v, i) => errors.push(...checkSchema(spec, s.items!, v, `${path}[${i}]`)));
  return errors;
}

/** The 2xx response schema of an operation, with its example. */
export function responseSchema(
  name: keyof typeof SPECS,
  path: string,
  method: string,
  status: string,
): Schema {
  const op = SPECS[name].paths[path]?.[method] as
    { responses?: Record<string, { schema?: Schema }> } | undefined;
  const schema = op?.responses?.[status]?.schema;
  if (schema === undefined)
    throw new Error(`no ${status} response for ${method.toUpperCase()} ${path} in ${name}.json`);
  return schema;
}

export function exampleOf(name: keyof typeof SPECS, schema: Schema): unknown {
  return resolve(SPECS[name], schema).example ?? schema.example;
}

/**
 * Every key of the documented example is present in `value` with the same JSON type (recursively; a
 * documented null matches anything; array elements are compared with the example's first element).
 * `ignore` lists paths the local server deliberately does not produce, `[]` standing for any index
 * (`$.flows.data[].deletedTime`).
 */
export function checkExampleShape(
  example: unknown,
  value: unknown,
  ignore: string[] = [],
  path = '$',
): string[] {
  const skip = (p: string) => ignore.includes(p) || ignore.includes(p.replace(/\[\d+\]/g, '[]'));
  if (skip(path) || example === null) return [];
  const te = jsonType(example);
  const tv = jsonType(value);
  const same = te === tv || (te === 'number' && tv === 'integer') || (te === 'integer' && tv === 'number');
  if (!same) return [`${path}: documented as ${te}, got ${tv}`];
  const errors: string[] = [];
  if (te === 'object') {
    const ex = example as Record<string, unknown>;
    const v = value as Record<string, unknown>;
    for (const k of Object.keys(ex)) {
      const p = `${path}.${k}`;
      if (skip(p)) continue;
      if (!Object.hasOwn(v, k)) errors.push(`${p}: missing`);
      else errors.push(...checkExampleShape(ex[k], v[k], ignore, p));
    }
  }
  if (te === 'array' && (example as unknown[]).length > 0)
    (value as unknown[]).forEach((item, i) =>
      errors.push(...checkExampleShape((example as unknown[])[0], item, ignore, `${path}[${i}]`)),
    );
  return errors;
}

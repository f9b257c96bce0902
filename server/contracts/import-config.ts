// Import presets (docs/decisions/043-import-presets-api.md): MileApp's POST /import-config, and the list
// of a flow's presets, which is our reading of its API.
import * as z from 'zod';
import type { ImportConfigDoc } from '../store/types';
import { REFUSED, document, jsonObject } from './common';
import { int, oneOf, queryParams, text } from './query-params';
import { refusal } from './refusal';

export const LIMITS = {
  name: 100,
  referenceId: 100,
  fields: 500,
  fieldId: 200,
  headerColumn: 300,
  /** presets kept per flow */
  perReference: 50,
} as const;

const MODULE = 'import';

/** Text of 1 to `max` characters (trimmed), refused under the field's own name. */
const bounded = (name: string, max: number) =>
  z
    .unknown()
    .refine(
      (v) => v !== undefined && v !== null && v !== '',
      refusal(`${MODULE}-001`, `The ${name} field is required.`),
    )
    .refine((v) => typeof v === 'string', refusal(`${MODULE}-003`, `The ${name} must be a string.`))
    .transform((v) => (v as string).trim())
    .refine(
      (v) => v.length >= 1 && v.length <= max,
      refusal(`${MODULE}-003`, `The ${name} must be between 1 and ${max} characters.`),
    );

const field = z.object({
  id: bounded('fields.id', LIMITS.fieldId),
  headerColumn: bounded('fields.headerColumn', LIMITS.headerColumn),
});

export const createImportConfig = {
  body: jsonObject.pipe(
    z.object({
      name: bounded('name', LIMITS.name),
      referenceType: z
        .unknown()
        .refine(
          (v) => v !== undefined && v !== null,
          refusal(`${MODULE}-001`, 'The referenceType field is required.'),
        )
        .refine(
          (v) => v === 'flow',
          refusal(`${MODULE}-017`, 'The selected referenceType is invalid (one of: flow).'),
        )
        .transform(() => 'flow' as const),
      referenceId: bounded('referenceId', LIMITS.referenceId),
      fields: z
        .unknown()
        .refine(
          (v) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0),
          refusal(`${MODULE}-001`, 'The fields field is required.'),
        )
        .refine(Array.isArray, refusal(`${MODULE}-011`, 'The fields must be an array.'))
        .refine(
          (v) => (v as unknown[]).length <= LIMITS.fields,
          refusal(`${MODULE}-040`, `The fields must not have more than ${LIMITS.fields} items.`),
        )
        .pipe(z.array(field)),
    }),
  ),
  response: {
    201: z.object({ status: z.literal(true), message: z.string(), data: document<ImportConfigDoc>() }),
    ...REFUSED,
  },
};

export const listImportConfigs = {
  querystring: queryParams(MODULE, {
    referenceType: oneOf(['flow'], { fallback: 'flow' }),
    referenceId: text(),
    limit: int({ min: 1, max: LIMITS.perReference, fallback: LIMITS.perReference }),
  }).refine(
    (q) => q.referenceId !== undefined,
    refusal(`${MODULE}-001`, 'The referenceId field is required.', ['referenceId']),
  ),
  response: {
    200: z.object({
      status: z.literal(true),
      message: z.string(),
      data: z.array(document<ImportConfigDoc>()),
    }),
    ...REFUSED,
  },
};

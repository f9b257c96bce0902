// GET /api/places/search and /api/places/reverse (docs/decisions/053): MileApp has no geocoding of its
// own, so these live outside /api/v3 and answer in its style ({data, status:true}; the error envelope).
import * as z from 'zod';
import { Failure, REFUSED } from './common';
import { int, queryParams, text } from './query-params';
import { refusal } from './refusal';
import { PLACE_SOURCES, PRECISIONS } from '../places/types';
import { GEOCODERS } from '../config';

export const MAX_QUERY_LENGTH = 200;
export const MAX_RESULTS = 20;
/** Google's long links run to several hundred characters. */
export const MAX_LINK_LENGTH = 2000;

const Place = z.object({
  name: z.string(),
  address: z.string(),
  lat: z.number(),
  lng: z.number(),
  precision: z.enum(PRECISIONS),
  source: z.enum(PLACE_SOURCES),
});

/** The geocoder or map site failed or was slow (502, 503, 504). */
const NOT_ANSWERED = { '5xx': Failure } as const;

const query = () => (name: string, module: string) =>
  text()()
    .refine((v) => v !== undefined, refusal(`${module}-001`, `The ${name} field is required.`))
    .refine(
      (v) => v === undefined || v.length <= MAX_QUERY_LENGTH,
      refusal(`${module}-002`, `The ${name} may not be greater than ${MAX_QUERY_LENGTH} characters.`),
    )
    .transform((v) => v ?? '');

/** A decimal degree in [-limit, limit]; required. */
const degrees = (limit: number) => (name: string, module: string) =>
  text()()
    .transform((v) => (v !== undefined && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN))
    .refine(
      (n) => Number.isFinite(n) && Math.abs(n) <= limit,
      refusal(`${module}-009`, `The ${name} must be a number between -${limit} and ${limit}.`),
    );

export const searchPlaces = {
  querystring: queryParams('place', {
    q: query(),
    limit: int({ min: 1, max: MAX_RESULTS, fallback: 8 }),
  }),
  response: {
    200: z.object({ data: z.array(Place), status: z.literal(true) }),
    ...REFUSED,
    ...NOT_ANSWERED,
  },
};

export const reversePlace = {
  querystring: queryParams('place', {
    lat: degrees(90),
    lng: degrees(180),
  }),
  response: {
    200: z.object({ data: Place.nullable(), status: z.literal(true) }),
    ...REFUSED,
    ...NOT_ANSWERED,
  },
};

export const placeSettings = {
  response: {
    200: z.object({
      data: z.object({ provider: z.enum(GEOCODERS), typeAhead: z.boolean() }),
      status: z.literal(true),
    }),
    ...REFUSED,
  },
};

const link = () => (name: string, module: string) =>
  text()()
    .refine((v) => v !== undefined, refusal(`${module}-001`, `The ${name} field is required.`))
    .refine(
      (v) => v === undefined || v.length <= MAX_LINK_LENGTH,
      refusal(`${module}-002`, `The ${name} may not be greater than ${MAX_LINK_LENGTH} characters.`),
    )
    .transform((v) => v ?? '');

export const resolveLink = {
  querystring: queryParams('place', { url: link() }),
  response: {
    200: z.object({
      data: z.object({ url: z.string(), lat: z.number(), lng: z.number() }),
      status: z.literal(true),
    }),
    ...REFUSED,
    ...NOT_ANSWERED,
  },
};

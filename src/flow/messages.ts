// English, Laravel-style messages for the API's 400 envelope (mileapp-api.md §1.2). The browser
// translates MessageKeys itself (src/i18n); this is the server's wording and the fallback.
import type { FailedCode, FieldError, FlowSpec, MessageKey } from './types';

type Params = Readonly<Record<string, string | number>>;

const FIXED_NAMES: Readonly<Record<string, string>> = {
  flow: 'flow',
  hubId: 'hub id',
  startTime: 'start time',
  endTime: 'end time',
  assignee: 'assignee',
  refId: 'ref id',
  body: 'request body',
};
const CAMEL_HUMP = /([a-z0-9])([A-Z])/g;
const UNDERSCORES = /_+/g;

const items = (n: string | number | undefined) => `${n} ${n === 1 ? 'item' : 'items'}`;

const TEMPLATES: Readonly<Record<MessageKey, (a: string, p: Params, field: string) => string>> = {
  required: (a) => `The ${a} field is required.`,
  text: (a) => `The ${a} must be a string.`,
  number: (a) => `The ${a} must be a number.`,
  amount: (a) => `The ${a} must be an amount of money.`,
  negative: (a) => `The ${a} must not be negative.`,
  wholeAmount: (a) => `The ${a} must be a whole amount.`,
  fraction: (a, p) => `The ${a} must not have more than ${p.decimals} decimal places.`,
  incomplete: (a) => `The ${a} is incomplete.`,
  notChosen: (a, p) => `The ${a} "${p.text ?? ''}" was typed but not chosen.`,
  belowMin: (a, p) => `The ${a} must be at least ${p.min}.`,
  aboveMax: (a, p) => `The ${a} must not be greater than ${p.max}.`,
  unit: (a) => `The selected ${a} unit is invalid.`,
  unitRequired: (a) => `The ${a} unit field is required when ${a} is present.`,
  phone: (a) => `The ${a} must be a valid phone number (6 to 20 digits).`,
  url: (a) => `The ${a} must be a valid URL starting with http:// or https://.`,
  date: (a) => `The ${a} is not a valid date (Y-m-d).`,
  datetime: (a) => `The ${a} is not a valid date and time (Y-m-d H:i:s or ISO-8601).`,
  time: (a) => `The ${a} is not a valid time (H:i or H:i:s).`,
  coordinates: (a) =>
    `The ${a} must be coordinates "lat,lng" with a latitude from -90 to 90 and a longitude from -180 to 180.`,
  coordinatesZero: (a) => `The ${a} is 0,0, which is almost always a missing location: confirm it.`,
  option: (a) => `The selected ${a} is invalid.`,
  minChoices: (a, p) => `The ${a} must have at least ${items(p.min)}.`,
  maxChoices: (a, p) => `The ${a} must not have more than ${items(p.max)}.`,
  array: (a) => `The ${a} must be an array or a string of items separated by commas.`,
  email: (a) => `The ${a} must be a valid email address.`,
  assigneeNotInHub: (_a, p) => `The assignee ${p.email ?? ''} is not an active user of the selected hub.`,
  endBeforeStart: () => 'The end time must be a date after start time.',
  unknownFlow: (a, p) =>
    p.value !== undefined ? `The ${a} "${p.value}" does not exist.` : `The selected ${a} is invalid.`,
  unknownHub: (a, p) =>
    p.value !== undefined ? `The ${a} "${p.value}" does not exist.` : `The selected ${a} is invalid.`,
  unknownField: (_a, p, field) =>
    `The field "${field}" is not a component of the flow${p.flow !== undefined ? ` "${p.flow}"` : ''}.`,
  reservedKey: (_a, _p, field) => `The field "${field}" is a reserved key and cannot be set.`,
  notAnObject: () => 'The request body must be a JSON object.',
  cellDate: (a) => `The ${a} is not a date (write it like 31/12/2024, 2024-12-31 or 31 Desember 2024).`,
  cellDatetime: (a) =>
    `The ${a} is not a date and time (write it like 31/12/2024 08:00, 2024-12-31 08:00 or 31 Desember 2024 08.00).`,
  cellTime: (a) => `The ${a} is not a time (write it like 08:00, 08.00 or 8:00 AM).`,
  unknownHubName: (_a, p) => `There is no hub "${p.value ?? ''}": write a hub's name or id.`,
  ambiguousHub: (_a, p) => `More than one hub is called "${p.value ?? ''}": write the hub's id.`,
  unknownAssignee: (_a, p) => `There is no user "${p.value ?? ''}": write a user's email or name.`,
  ambiguousAssignee: (_a, p) => `More than one user is called "${p.value ?? ''}": write the user's email.`,
};

/** What Laravel would call the attribute: the component title, else a readable form of the key. */
function attribute(e: FieldError, flow?: FlowSpec): string {
  const title = e.params?.title;
  if (title !== undefined) return String(title);
  if (Object.hasOwn(FIXED_NAMES, e.field)) return FIXED_NAMES[e.field] ?? e.field;
  const field = flow?.fields.find((f) => f.id === e.field || `${f.id}_unit` === e.field);
  if (field) return field.title;
  return e.field.replace(CAMEL_HUMP, '$1 $2').replace(UNDERSCORES, ' ').toLowerCase();
}

export function messageEn(e: FieldError, flow?: FlowSpec): string {
  return TEMPLATES[e.key](attribute(e, flow), e.params ?? {}, e.field);
}

export interface ErrorEnvelope {
  status: false;
  message: string;
  failedCode: FailedCode;
  errors: Record<string, string[]>;
}

/**
 * MileApp's 400 body: first message (+ " (and N more errors)" as Laravel does), first code, errors by field.
 * `maxListed` caps how many errors the map lists; the message still counts them all.
 */
export function toErrorEnvelope(errors: FieldError[], flow?: FlowSpec, maxListed = Infinity): ErrorEnvelope {
  // No prototype: a body key such as `__proto__` must become an ordinary entry of the map.
  const byField = Object.create(null) as Record<string, string[]>;
  for (const e of errors.length > maxListed ? errors.slice(0, maxListed) : errors)
    (byField[e.field] ??= []).push(messageEn(e, flow));
  const first = errors[0];
  if (first === undefined)
    return { status: false, message: 'The given data was invalid.', failedCode: 'task-003', errors: byField };
  const more = errors.length - 1;
  const suffix = more === 0 ? '' : ` (and ${more} more ${more === 1 ? 'error' : 'errors'})`;
  return { status: false, message: messageEn(first, flow) + suffix, failedCode: first.code, errors: byField };
}

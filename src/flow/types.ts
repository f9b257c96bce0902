// The one model of a MileApp flow that the app and the server share. Raw flow JSON (either spelling,
// any casing) is turned into these by normalise.ts; everything else works on these.

import type { FieldKind } from './field-kinds';

export type { FieldKind };

export type OnSelectAction = 'show' | 'hide' | 'fill';

export interface OnSelectRule {
  options: string[];
  action: OnSelectAction;
  componentAffected: string[];
}

export interface FieldSpec {
  /** component id: the key in the POST /task body */
  id: string;
  /** component title, the label shown to people (falls back to the id) */
  title: string;
  kind: FieldKind;
  /** the raw `component` value, lower-cased (input, select, photo, …) */
  component: string;
  /** the raw `type`/`inputType` value as given (for display in "not supported" rows) */
  rawType: string;
  required: boolean;
  /** `visible: false` in the flow: not shown, never required, its default still sent */
  visible: boolean;
  /** the default as given by the flow (string, number, string[] or null) */
  defaultValue: unknown;
  /** number kind with `useUnit`: the allowed units (value sent as `<id>_unit`) */
  units?: string[];
  /** number and currency kinds: the smallest and largest value the flow allows */
  minValue?: number;
  maxValue?: number;
  /** currency kind: digits allowed after the decimal mark (rupiah: 0, the default) */
  decimals?: number;
  /** select kind */
  options?: string[];
  /** select kind: at least `min` choices when a value is given (min > 0 makes it required) */
  min?: number;
  /** select kind: at most `max` choices; max > 1 means a multi-select (value is a string[]) */
  max?: number;
  multiple?: boolean;
  onSelect?: OnSelectRule[];
  /** view kind: literal text or `$otherId` */
  value?: string;
  /** title | content | label | expectedCoordinate */
  showAs?: string;
  /** geolocation kind with `useGeocode`: the id of the Address component its coordinates are found from */
  geocodeAs?: string;
}

export interface FlowSpec {
  _id?: string;
  name: string;
  /** Initial Page components, in order */
  fields: FieldSpec[];
  /** hours after creation when the task starts (configurations[id=startTime].adjustment, default 0) */
  startAdjustmentHours: number;
  /** hours after the start when the task ends (configurations[id=endTime].adjustment, default 24) */
  endAdjustmentHours: number;
}

/** MileApp validation codes used for POST /task (mileapp-api.md §1.2). */
export type FailedCode =
  | 'task-001' // required
  | 'task-003' // bad format / unknown key / reserved key
  | 'task-004' // bad email
  | 'task-006' // bad phone
  | 'task-007' // bad URL
  | 'task-008' // bad date / datetime
  | 'task-009' // bad number
  | 'task-011' // bad array
  | 'task-012' // bad coordinates
  | 'task-017' // value not in allowed options / too few or too many choices
  | 'task-018' // bad time
  | 'task-030' // custom rule (end after start, assignee not in hub)
  | 'task-033'; // unknown flow or hub

/** Message keys, translated by the browser (src/i18n) and rendered in English by messages.ts for the API. */
export type MessageKey =
  | 'required'
  | 'text'
  | 'number'
  | 'amount'
  | 'negative'
  | 'wholeAmount'
  | 'fraction'
  | 'incomplete'
  | 'notChosen'
  | 'belowMin'
  | 'aboveMax'
  | 'unit'
  | 'unitRequired'
  | 'phone'
  | 'url'
  | 'date'
  | 'datetime'
  | 'time'
  | 'coordinates'
  /** raised by the form only: coordinates 0,0 not confirmed by the person (the API accepts them) */
  | 'coordinatesZero'
  | 'option'
  | 'minChoices'
  | 'maxChoices'
  | 'array'
  | 'email'
  | 'assigneeNotInHub'
  | 'endBeforeStart'
  | 'unknownFlow'
  | 'unknownHub'
  | 'unknownField'
  | 'reservedKey'
  | 'notAnObject'
  /** raised by the spreadsheet import only (src/flow/import): a cell it cannot read */
  | 'cellDate'
  | 'cellDatetime'
  | 'cellTime'
  | 'unknownHubName'
  | 'ambiguousHub'
  | 'unknownAssignee'
  | 'ambiguousAssignee';

export interface FieldError {
  /** body key the error belongs to (`field3`, `hubId`, `assignee`, `weight_unit`, …) */
  field: string;
  code: FailedCode;
  key: MessageKey;
  /** values interpolated into the message: title, min, max, options, … */
  params?: Record<string, string | number>;
}

/** The form's view of the values: component id → value as typed (strings, string[] for multi-selects). */
export type FieldValues = Record<string, unknown>;

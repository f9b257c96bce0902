// What the spreadsheet import shares between reading a file, mapping its columns, checking its rows and
// sending them. Pure data: the browser (the import feature, its worker) and tests use the same shapes.
import type { FieldError, FieldSpec } from '../types';

/**
 * One cell as a reader hands it over: text (CSV, a paste, a cell typed in the grid), or a number, boolean
 * or Date from an .xlsx cell; null when empty. A Date read from .xlsx holds the wall-clock date and time
 * in its UTC fields, because Excel dates carry no time zone.
 */
export type Cell = string | number | boolean | Date | null;

/** One data row with its number in the spreadsheet (the header is row 1, so the first data row is 2). */
export interface SheetRow {
  line: number;
  cells: Cell[];
}

/** A sheet as read: its header and data rows, each row as long as the header (padded with null). */
export interface Sheet {
  name: string;
  header: string[];
  rows: SheetRow[];
}

/** The task's own keys a column can fill besides the flow's components. */
export const META_TARGETS = ['hubId', 'assignee', 'startTime', 'endTime'] as const;
export type MetaTarget = (typeof META_TARGETS)[number];

/**
 * What a column fills: a component id of the flow, `<id>_unit` (the unit of a number with units),
 * `<id>:lat` or `<id>:lng` (a location given in two columns), or a meta target.
 */
export type TargetId = string;

export interface ImportTarget {
  id: TargetId;
  /** the component's title; for meta targets and location halves an English title (the UI translates) */
  title: string;
  required: boolean;
  role: 'field' | 'unit' | 'lat' | 'lng' | 'meta';
  /** the component behind a field, unit, lat or lng target */
  field?: FieldSpec;
}

/** Column index → the target it fills, or null when the column is not imported. */
export type ColumnMapping = (TargetId | null)[];

/**
 * A saved mapping in the shape of MileApp's import presets (`POST /import-config`): a preset made in
 * MileApp applies here and one saved here is one MileApp can read.
 */
export interface ImportPreset {
  name: string;
  referenceType: 'flow';
  /** the flow's `_id` (its name when the flow has no id) */
  referenceId: string;
  fields: { id: TargetId; headerColumn: string }[];
}

/** What checking a row needs besides the flow: the organisation's lists, as the API gave them. */
export interface ImportLists {
  hubs: { _id: string; name: string; lat?: number; lng?: number }[];
  /** the active users, with the hubs each belongs to */
  users: { email: string; name: string; hubId?: string[] }[];
  /** the IANA zone of a hub (from its coordinates); undefined when unknown */
  zoneOfHub(hubId: string): string | undefined;
  /** the zone times are read in when the hub's is unknown (the device's) */
  defaultZone: string;
  /** the creation time the flow's start and end adjustments count from */
  now: Date;
}

/** An error on one cell (column index), or on the row as a whole (column null: e.g. no hub given). */
export interface CellError {
  column: number | null;
  error: FieldError;
}

/** A row read through the mapping and checked by the same validation as the form and the server. */
export interface CheckedRow {
  /** the POST /task body the row makes (sent only when `errors` is empty) */
  body: Record<string, unknown>;
  errors: CellError[];
}

/** A flow's import template: its columns, one example row that imports cleanly, and the lists to pick from. */
export interface TemplateModel {
  columns: {
    target: TargetId;
    /** the header written in the file: the title, with ` *` when required */
    header: string;
    required: boolean;
    /** stored as text in .xlsx so Excel keeps leading zeros (phones, ids) */
    text: boolean;
  }[];
  /** one value per column */
  example: Cell[];
  /** the second sheet: hubs, assignees and each select's options, side by side with a header row */
  lists: { name: string; rows: string[][] };
}

// One import as it is kept in IndexedDB, so a reload or a closed tab opens where it was and goes on
// without sending any row twice.
import type { GeoPlace } from '../../../flow/import/geocode';
import type { Cell, ColumnMapping, SheetRow } from '../../../flow/import/types';

export type SourceKind = 'xlsx' | 'csv' | 'tsv' | 'paste' | 'grid';

export type ImportStep = 'map' | 'review' | 'send' | 'done';

/** What the server said of one row: the created task, or why not. */
export type RowResult =
  { ok: true; taskId: string } | { ok: false; message: string; errors: Record<string, string[]> };

/** Coordinates found from addresses (decision 059), kept so a reload neither asks again nor loses a fix. */
export interface GeocodeState {
  /** address key (`addressKey`) → the places the search answered, best first: each address asked once */
  answers: Record<string, GeoPlace[]>;
  /** `<line>:<location id>` → the coordinates text the search filled in, and the place it came from */
  filled: Record<string, { text: string; place: GeoPlace }>;
  /** a run was under way: it goes on after a reload */
  running: boolean;
}

/**
 * A chunk of rows sent as one POST /tasks/bulk/. Its key and bodies are saved before it is sent, so a
 * chunk that got no answer is sent again byte for byte under the same Idempotency-Key.
 */
export interface ChunkRecord {
  key: string;
  lines: number[];
  bodies: Record<string, unknown>[];
  state: 'sending' | 'answered';
}

export interface ImportSession {
  id: string;
  /** the account it belongs to (base URL and a hash of the token): another account never sees it */
  account: string;
  flowName: string;
  source: { name: string; kind: SourceKind; delimiter?: string };
  header: string[];
  /** the rows with the person's edits applied; a deleted row is removed */
  rows: SheetRow[];
  mapping: ColumnMapping;
  step: ImportStep;
  chunks: ChunkRecord[];
  /** by spreadsheet line */
  results: Record<number, RowResult>;
  geocode?: GeocodeState;
  createdAt: string;
  updatedAt: string;
}

/** The stable reference of a row sent to the API (`refId`), which maps its result back to its line. */
export function rowRefId(session: Pick<ImportSession, 'id'>, line: number): string {
  return `${session.id}:${line}`;
}

export type { Cell };

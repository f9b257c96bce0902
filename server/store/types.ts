// The storage interface the routes use, one implementation (store.ts) over either engine: SQLite or
// PostgreSQL (docs/decisions/062). Asynchronous because PostgreSQL is.
import type { GeocodeCache } from './geocode-cache-rows';
import type { PlaceRows } from './place-rows';
import type { UpstreamKeyStore } from './upstream-key-rows';
import type { FlowSpec } from '../../src/flow/types';

export interface HubRecord {
  _id: string;
  organizationId: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  createdTime: string;
  updatedTime: string;
  /** any other keys of the organisation file (country, countryCode, …), returned as given */
  extra: Record<string, unknown>;
}

export interface UserRecord {
  _id: string;
  organizationId: string;
  name: string;
  email: string;
  status: string;
  role: string;
  hubId: string[];
  phoneNumber: string | null;
  createdTime: string;
  updatedTime: string;
}

export interface FlowRecord {
  _id: string;
  organizationId: string;
  name: string;
  /** the flow object as MileApp returns it (organisation file + organizationId and timestamps) */
  doc: Record<string, unknown>;
  spec: FlowSpec;
}

/** One organisation's flows, hubs and users, read once and kept until the organisation is reloaded. */
export interface Directory {
  organizationId: string;
  flows: readonly FlowRecord[];
  flowsByName: ReadonlyMap<string, FlowRecord>;
  flowsById: ReadonlyMap<string, FlowRecord>;
  hubs: readonly HubRecord[];
  hubsById: ReadonlyMap<string, HubRecord>;
  users: readonly UserRecord[];
}

export interface AuthUser {
  userId: string;
  name: string;
  email: string;
  organizationId: string;
  /** `status: active` in the organisation file; any other status is refused (decision 049) */
  active: boolean;
  /** the organisation file's role: `field`, `dispatcher`, `admin`, `owner` … (decision 049) */
  role: string;
  /** the hubs the user belongs to */
  hubIds: string[];
}

/** A task as stored and returned: the whole document, read back exactly as created. */
export type TaskDoc = Record<string, unknown> & {
  _id: string;
  organizationId: string;
  flow: string;
  flowId: string;
  hubId: string;
  status: string;
  startTime: string;
  endTime: string;
  createdTime: string;
  orderIndex: number;
};

export type TaskSortBy = 'createdTime' | 'orderIndex' | 'startTime' | 'doneTime';
export type TaskTimeBy = 'createdTime' | 'startTime' | 'doneTime';

export interface TaskQuery {
  flows?: string[];
  flowIds?: string[];
  hubId?: string;
  status?: string;
  assignee?: string;
  timeBy?: TaskTimeBy;
  /** epoch ms, inclusive */
  timeFrom?: number;
  timeTo?: number;
  /** what the caller may read at all (decision 049): only these hubs, only tasks assigned to this email */
  scopeHubIds?: string[];
  scopeAssignee?: string;
  sortBy: TaskSortBy;
  sortOrder: 'asc' | 'desc';
  offset: number;
  limit: number;
}

export interface TaskPage {
  /** how many tasks the page holds */
  count: number;
  /**
   * The page's documents as stored (JSON), read from the database a few at a time as the iteration
   * reaches them: an answer of many large tasks is streamed, never held in memory whole (decision 046).
   */
  docs: AsyncIterable<string>;
  total: number;
  /** over the same filters: tasks by status */
  countByStatus: Record<string, number>;
}

export interface SeedHub {
  _id: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  [key: string]: unknown;
}

export interface SeedUser {
  _id: string;
  name: string;
  email: string;
  status: string;
  hubId: string[];
  role: string;
  tokens?: string[];
  phoneNumber?: string | null;
}

/** A flow in MileApp's own flow object shape (pages, configurations, …), kept as given. */
export interface SeedFlow {
  _id: string;
  name: string;
  [key: string]: unknown;
}

export interface SeedOrganization {
  _id: string;
  name: string;
  hubs: SeedHub[];
  users: SeedUser[];
  flows: SeedFlow[];
}

/** What an Idempotency-Key got the first time (docs/decisions/019-idempotency-keys.md). */
export interface IdempotentAnswer {
  /** SHA-256 of the endpoint and the canonical body */
  fingerprint: Buffer;
  status: number;
  /** the response body exactly as sent */
  response: string;
  createdMs: number;
}

export interface NewIdempotentAnswer extends IdempotentAnswer {
  organizationId: string;
  key: string;
  /** answers created before this instant have expired */
  expiredBeforeMs: number;
}

/** One POST /task waiting for the next group commit (docs/decisions/023-group-commit.md). */
export interface PendingCreate {
  task: TaskDoc;
  /** JSON.stringify(task), when the caller made it already (the 201 body embeds it) */
  doc?: string;
  /** the key's answer to store with it, when the request had an Idempotency-Key */
  answer?: NewIdempotentAnswer;
}

/** What became of one PendingCreate: stored (or the key's earlier answer), or its own failure. */
export type PendingOutcome = { ok: true; prior?: IdempotentAnswer } | { ok: false; error: unknown };

/** A saved column mapping, MileApp's import preset (docs/decisions/043-import-presets-api.md). */
export type ImportConfigDoc = {
  _id: string;
  organizationId: string;
  name: string;
  referenceType: string;
  referenceId: string;
  fields: { id: string; headerColumn: string }[];
  createdBy: string;
  createdTime: string;
  updatedTime: string;
};

export interface Store {
  /** `sqlite` or `postgres` */
  readonly engine: string;
  /** the user a token (already SHA-256 hashed) belongs to */
  findTokenUser(tokenHash: Buffer): Promise<AuthUser | undefined>;
  directory(organizationId: string): Promise<Directory>;
  /** the built-in places index (docs/decisions/053) */
  places: PlaceRows;
  /** external geocoders' answers (docs/decisions/055) */
  geocodeCache: GeocodeCache;
  /** the UPSTREAM gateway's Idempotency-Key records (docs/decisions/060) */
  upstreamKeys: UpstreamKeyStore;
  /** makes the organisation exactly what the file says (upsert by _id); its tasks are kept */
  upsertOrganization(org: SeedOrganization): Promise<void>;
  /** removes the organisations not in `keep` (their tasks stay); the names of those removed */
  keepOnlyOrganizations(keep: readonly string[]): Promise<string[]>;
  /** all or nothing */
  insertTasks(tasks: readonly TaskDoc[]): Promise<void>;
  /** the live answer an organisation's Idempotency-Key got, if any */
  findIdempotentAnswer(
    organizationId: string,
    key: string,
    expiredBeforeMs: number,
  ): Promise<IdempotentAnswer | undefined>;
  /**
   * Tasks and the key's answer in one transaction. When the key already has a live answer, nothing is
   * written and that answer is returned.
   */
  insertTasksOnce(
    tasks: readonly TaskDoc[],
    answer: NewIdempotentAnswer,
  ): Promise<IdempotentAnswer | undefined>;
  /**
   * Many creates in ONE transaction, in order: each item as insertTasksOnce would store it (its key
   * looked up inside the transaction, so an earlier item of the same batch counts), and an item that
   * fails is undone alone and reported in its outcome. Rejects when the transaction itself fails: then
   * nothing of the batch is stored.
   */
  insertTaskBatch(items: readonly PendingCreate[]): Promise<PendingOutcome[]>;
  /**
   * Stores a preset; one of the same reference and name is replaced (keeping its _id and createdTime).
   * Returns what is stored, or undefined when the reference already holds `max` others.
   */
  saveImportConfig(doc: ImportConfigDoc, max: number): Promise<ImportConfigDoc | undefined>;
  /** a reference's presets, the most recently saved first */
  listImportConfigs(
    organizationId: string,
    referenceType: string,
    referenceId: string,
    limit: number,
  ): Promise<ImportConfigDoc[]>;
  getTask(organizationId: string, taskId: string): Promise<TaskDoc | undefined>;
  /** bytes of the organisation's stored task documents, for its quota (decision 046) */
  taskBytes(organizationId: string): Promise<number>;
  listTasks(organizationId: string, query: TaskQuery): Promise<TaskPage>;
  /** resolves once the database has answered a trivial query; GET /health/ready (decision 066) */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// What differs between the two databases, and nothing else: every other query is written once, on
// Kysely, in the *-rows.ts files (docs/decisions/062).
import type { Expression, Kysely, SqlBool, Transaction } from 'kysely';
import type { DB } from './schema';

export interface PlaceHit {
  name: string;
  address: string;
  lat: number;
  lng: number;
  precision: string;
  kind: string;
}

export interface Engine {
  readonly name: 'sqlite' | 'postgres';
  readonly db: Kysely<DB>;
  /**
   * The schema version the database had before this start's migrations (0 for a new one), and the first
   * version with the places index: a database in between has its past tasks indexed once.
   */
  readonly migratedFrom: number;
  readonly placesSince: number;
  /** tasks whose JSON `assignee` array holds `email`, in any case */
  assigneeHas(email: string): Expression<SqlBool>;
  /**
   * The organisation's own places with a word starting with each of `prefixes`, id below `below`, the
   * newest (highest id) first, at most `limit`. No ranking in the database: the caller ranks the few it
   * reads (docs/decisions/068).
   */
  newestPlaces(
    organizationId: string,
    prefixes: readonly string[],
    below: number,
    limit: number,
  ): Promise<(PlaceHit & { id: number | string })[]>;
  /**
   * Serialises, across processes, the transactions that read then write one key (an Idempotency-Key, a
   * preset's reference). SQLite's transactions already take the write lock at BEGIN.
   */
  lock(trx: Transaction<DB>, key: string): Promise<void>;
  close(): Promise<void>;
}

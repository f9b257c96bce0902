// The store remembers which user a known token hash belongs to (docs/performance.md, "What changed"):
// writing an organisation again (the organisation file reloaded) must forget it, so a removed token stops
// working and a renamed user is seen under the new name.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../server/store/org-writes';
import { openSqliteStore } from '../../server/store/sqlite-store';
import type { SeedOrganization, Store } from '../../server/store/types';
import { DEMO, DEMO_TOKEN } from './harness';

describe('token look-up cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'composer-tokens-'));
  let store: Store;
  beforeAll(async () => {
    store = await openSqliteStore(join(dir, 'tokens.db'));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const org = JSON.parse(JSON.stringify(DEMO)) as SeedOrganization;
  const roger = () => org.users.find((u) => u.tokens?.includes(DEMO_TOKEN))!;

  it('follows the organisation file when it is written again', async () => {
    await store.upsertOrganization(org);
    const hash = sha256(DEMO_TOKEN);
    const first = await store.findTokenUser(hash);
    expect(first?.name).toBe(roger().name);
    // from the cache: the very same object, where a database read builds a new one each time
    expect(await store.findTokenUser(hash)).toBe(first);
    expect(await store.findTokenUser(sha256('not-a-token'))).toBeUndefined();

    const user = roger();
    user.name = 'Roger Renamed';
    await store.upsertOrganization(org);
    expect((await store.findTokenUser(hash))?.name).toBe('Roger Renamed');
    expect(await store.findTokenUser(hash)).not.toBe(first);

    user.tokens = [];
    await store.upsertOrganization(org);
    expect(await store.findTokenUser(hash)).toBeUndefined();
  });
});

// The store remembers which user a known token hash belongs to (docs/performance.md, "What changed"):
// writing an organisation again (the organisation file reloaded) must forget it, so a removed token stops
// working and a renamed user is seen under the new name.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../server/store/org-writes';
import { openSqliteStore } from '../../server/store/sqlite-store';
import type { SeedOrganization } from '../../server/store/types';
import { DEMO, DEMO_TOKEN } from './harness';

describe('token look-up cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'composer-tokens-'));
  const store = openSqliteStore(join(dir, 'tokens.db'));
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const org = JSON.parse(JSON.stringify(DEMO)) as SeedOrganization;
  const roger = () => org.users.find((u) => u.tokens?.includes(DEMO_TOKEN))!;

  it('follows the organisation file when it is written again', () => {
    store.upsertOrganization(org);
    const hash = sha256(DEMO_TOKEN);
    const first = store.findTokenUser(hash);
    expect(first?.name).toBe(roger().name);
    // from the cache: the very same object, where a database read builds a new one each time
    expect(store.findTokenUser(hash)).toBe(first);
    expect(store.findTokenUser(sha256('not-a-token'))).toBeUndefined();

    const user = roger();
    user.name = 'Roger Renamed';
    store.upsertOrganization(org);
    expect(store.findTokenUser(hash)?.name).toBe('Roger Renamed');
    expect(store.findTokenUser(hash)).not.toBe(first);

    user.tokens = [];
    store.upsertOrganization(org);
    expect(store.findTokenUser(hash)).toBeUndefined();
  });
});

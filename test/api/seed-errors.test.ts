// Organisation files are checked before anything is loaded; each problem names the file, the JSON path
// and what is wrong.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../server/config';
import { readOrganizationFile, SeedError } from '../../server/seed/load';

const dir = mkdtempSync(join(tmpdir(), 'composer-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Mutate = (seed: any) => void; // eslint-disable-line @typescript-eslint/no-explicit-any -- free-form edits of the JSON
let n = 0;
function fileWith(mutate: Mutate): string {
  const seed = JSON.parse(readFileSync(DEFAULT_SEED, 'utf8'));
  mutate(seed);
  const file = join(dir, `seed-${n++}.json`);
  writeFileSync(file, JSON.stringify(seed));
  return file;
}

function errorOf(file: string): string {
  try {
    readOrganizationFile(file);
  } catch (e) {
    expect(e).toBeInstanceOf(SeedError);
    return (e as Error).message;
  }
  throw new Error('expected a SeedError');
}

describe('organisation file errors', () => {
  it('the built-in demo file is valid', () => {
    expect(readOrganizationFile(DEFAULT_SEED).organizations).toHaveLength(2);
  });

  it.each<[string, Mutate, string]>([
    [
      'a hub id that is not 24 hex',
      (s) => (s.organizations[0].hubs[1]._id = 'bandung'),
      '$.organizations[0].hubs[1]._id: must be a 24-character hexadecimal id',
    ],
    [
      'a latitude out of range',
      (s) => (s.organizations[0].hubs[0].lat = 123),
      '$.organizations[0].hubs[0].lat:',
    ],
    [
      'a latitude as text',
      (s) => (s.organizations[0].hubs[0].lat = '-6.2'),
      '$.organizations[0].hubs[0].lat:',
    ],
    [
      'a bad email',
      (s) => (s.organizations[0].users[2].email = 'siti'),
      '$.organizations[0].users[2].email: must be an email address',
    ],
    [
      'an unknown user status',
      (s) => (s.organizations[0].users[0].status = 'asleep'),
      '$.organizations[0].users[0].status:',
    ],
    [
      'a user in a hub of nowhere',
      (s) => (s.organizations[0].users[1].hubId = ['ffffffffffffffffffffffff']),
      '$.organizations[0].users[1].hubId[0]: no hub of this organisation has _id "ffffffffffffffffffffffff"',
    ],
    [
      'a short token',
      (s) => (s.organizations[0].users[0].tokens = ['abc']),
      '$.organizations[0].users[0].tokens[0]: must be at least 16 characters',
    ],
    [
      'a token shared by two users',
      (s) => (s.organizations[1].users[0].tokens = s.organizations[0].users[0].tokens),
      '$.organizations[1].users[0].tokens[0]: token already belongs to roger@mile.app',
    ],
    [
      'two flows with one name',
      (s) => (s.organizations[0].flows[1].name = 'Visit'),
      '$.organizations[0].flows[1]: flow name "Visit" is already used at index 0',
    ],
    [
      'a reserved flow name',
      (s) => (s.organizations[0].flows[0].name = 'Handover'),
      '$.organizations[0].flows[0].name: is a name MileApp reserves',
    ],
    [
      'a flow without pages',
      (s) => delete s.organizations[0].flows[2].pages,
      '$.organizations[0].flows[2].pages:',
    ],
    [
      'a component without id',
      (s) => delete s.organizations[0].flows[0].pages[0].components[1].id,
      '$.organizations[0].flows[0].pages[0].components[1].id:',
    ],
    [
      'no organisations',
      (s) => (s.organizations = []),
      '$.organizations: must list at least one organisation',
    ],
    [
      'a duplicate organisation',
      (s) => s.organizations.push(s.organizations[0]),
      '$.organizations[2]: organisation _id "634e98098ce07d29474a7e22" is already used at index 0',
    ],
  ])('%s', (_what, mutate, expected) => {
    const file = fileWith(mutate);
    const message = errorOf(file);
    expect(message).toContain(`${file}: ${expected}`);
    for (const line of message.split('\n')) expect(line.startsWith(`${file}: $`)).toBe(true);
  });

  it('reports every problem at once, one line each', () => {
    const file = fileWith((s) => {
      s.organizations[0].hubs[0].lng = 500;
      s.organizations[1].users[0].email = 'nadia';
    });
    const lines = errorOf(file).split('\n');
    expect(lines).toEqual([
      expect.stringContaining('$.organizations[0].hubs[0].lng'),
      expect.stringContaining('$.organizations[1].users[0].email'),
    ]);
  });

  it('a file that is not JSON, or missing, says so', () => {
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{ "organizations": [ ');
    expect(errorOf(bad)).toMatch(
      new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON`),
    );
    expect(errorOf(join(dir, 'missing.json'))).toMatch(
      /missing\.json: cannot read the organisation file \(ENOENT\)/,
    );
  });
});

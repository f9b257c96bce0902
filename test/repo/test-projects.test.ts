// A test file no project runs is a check that silently never happens: every `*.test.ts(x)` in the
// repository (committed or new) must be run by exactly one Vitest project, unit or browser.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVitest, type Vitest } from 'vitest/node';

const configs = ['vitest.config.ts', 'vitest.e2e.config.ts'];
let runners: Vitest[] = [];
beforeAll(async () => {
  runners = await Promise.all(configs.map((config) => createVitest('test', { config, watch: false })));
}, 60_000);
afterAll(() => Promise.all(runners.map((v) => v.close())));

const testFiles = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '*.test.ts', '*.test.tsx'],
  { encoding: 'utf8' },
)
  .split('\n')
  .filter((f) => f !== '');

describe('test projects', () => {
  it('run every test file exactly once', () => {
    const projectsOf = (file: string) =>
      runners.flatMap((v, i) =>
        v.projects.filter((p) => p.matchesTestGlob(resolve(file))).map((p) => `${configs[i]}:${p.name}`),
      );
    const wrong = testFiles
      .map((file) => ({ file, projects: projectsOf(file) }))
      .filter((r) => r.projects.length !== 1);
    expect(testFiles.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});

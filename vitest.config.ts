import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// A test file's place and extension choose its project: `*.test.tsx` anywhere and `*.test.ts` in the
// browser-facing parts of src/ run in jsdom; the pure layers, the server and test/ in Node. Browser
// journeys (test/e2e) are vitest.e2e.config.ts's. test/repo/test-projects.test.ts checks that every
// test file is run by exactly one of these.
const PURE = ['src/flow/**', 'src/shared/**'];

export default defineConfig({
  plugins: [react()],
  test: {
    setupFiles: ['test/setup/fail-on-console-error.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['{server,test}/**/*.test.ts', ...PURE.map((p) => `${p}/*.test.ts`)],
          exclude: [...configDefaults.exclude, 'test/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // Rendering the whole app in jsdom takes seconds on a loaded 2-core machine; room for the
          // 5 s waits of test/setup/dom.ts.
          testTimeout: 15_000,
          include: ['{src,server,test}/**/*.test.tsx', 'src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/**', ...PURE.map((p) => `${p}/*.test.ts`)],
          // src/i18n/work.ts: the text of the form, the result and the map, which the app registers when
          // their chunk loads; a test may render any of their parts alone.
          setupFiles: ['test/setup/dom.ts', 'src/i18n/work.ts'],
        },
      },
    ],
  },
});

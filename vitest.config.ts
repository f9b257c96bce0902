import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

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
          include: [
            'src/flow/**/*.test.ts',
            'server/**/*.test.ts',
            'test/api/**/*.test.ts',
            'test/build/**/*.test.ts',
            'test/repo/**/*.test.ts',
          ],
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
          include: [
            'src/**/*.test.tsx',
            'src/api/**/*.test.ts',
            'src/features/**/*.test.ts',
            'src/app/**/*.test.ts',
          ],
          // src/i18n/work.ts: the text of the form, the result and the map, which the app registers when
          // their chunk loads; a test may render any of their parts alone.
          setupFiles: ['test/setup/dom.ts', 'src/i18n/work.ts'],
        },
      },
    ],
  },
});

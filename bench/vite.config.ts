// The four bench pages (plain HTML floor, rjsf, JSON Forms, ours), built like the app: production React,
// the app's own Vite plugin. `ours` imports the real app through `virtual:composer-main`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
export const BENCH_PAGES = ['plain', 'rjsf', 'jsonforms', 'ours'] as const;

export default defineConfig({
  root: here('./pages'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [react()],
  resolve: { alias: { 'virtual:composer-main': here('../src/main.tsx') } },
  build: {
    // the driver builds into a temporary folder; by hand it lands where no linter or git looks
    outDir: here('../node_modules/.cache/bench-pages'),
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { input: Object.fromEntries(BENCH_PAGES.map((p) => [p, here(`./pages/${p}.html`)])) },
  },
});

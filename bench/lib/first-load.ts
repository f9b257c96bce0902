// What the browser fetches before the first screen is usable: the production build's entry chunk, every
// chunk it imports statically, and their CSS, gzipped. Shared by the first-load benchmark and the size
// budget of `npm test` (test/build/bundle-budget.test.ts), so both read the same figure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { childEnv } from '../../test/support/tool-env';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Issue 5: the first screen in at most 100 KB gzipped (kB as Vite prints them: 1,000 bytes). */
export const FIRST_SCREEN_BUDGET = 100_000;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface ChunkGroup {
  files: SizedFile[];
  bytes: number;
  gzip: number;
}

export interface FirstLoad {
  /** entry + static imports + their CSS */
  firstScreen: ChunkGroup;
  /** the lazy chunks of the form and the result view (fetched once the flow list shows) */
  form: ChunkGroup;
  /** the map chunk and what it adds (Leaflet and its CSS), fetched only for a flow with a location field */
  map: ChunkGroup;
  /** sources (manifest keys) of every chunk in the first screen */
  firstScreenSources: string[];
}

/** Keys of `start` and every chunk reachable from it through static imports. */
function staticClosure(manifest: Manifest, start: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key]?.imports ?? []) visit(i);
  };
  start.forEach(visit);
  return seen;
}

function group(outDir: string, manifest: Manifest, keys: Iterable<string>): ChunkGroup {
  const names = new Set<string>();
  for (const k of keys) {
    const c = manifest[k];
    if (!c) continue;
    names.add(c.file);
    for (const css of c.css ?? []) names.add(css);
  }
  return filesGroup(outDir, [...names]);
}

function filesGroup(outDir: string, names: string[]): ChunkGroup {
  const files = [...names].sort().map((file) => {
    const body = readFileSync(join(outDir, file));
    return { file, bytes: body.length, gzip: gzipSync(body).length };
  });
  const sum = (k: 'bytes' | 'gzip') => files.reduce((n, f) => n + f[k], 0);
  return { files, bytes: sum('bytes'), gzip: sum('gzip') };
}

function minus(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a].filter((k) => !b.has(k)));
}

/** The app's production build (vite.config.ts) with a manifest, into `outDir`. */
export function buildApp(outDir: string): void {
  // A child process: the caller may be a test runner whose NODE_ENV would give a development build.
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, env: childEnv({ NODE_ENV: 'production' }), encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stderr}${run.stdout}`);
}

export const readManifest = (outDir: string): Manifest =>
  JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;

/** The first screen's chunks (entry and its static imports), and the keys of lazy chunks matching `re`. */
export function lazyChunks(manifest: Manifest, re: RegExp): { first: Set<string>; lazy: string[] } {
  const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
  const first = staticClosure(manifest, entries);
  return { first, lazy: Object.keys(manifest).filter((k) => re.test(k) && !first.has(k)) };
}

/** Sizes what a build with a manifest wrote into `outDir`. */
export function sizeBuild(outDir: string): FirstLoad {
  const manifest = readManifest(outDir);
  const { first } = lazyChunks(manifest, /$^/);
  const lazyKey = (re: RegExp) => lazyChunks(manifest, re).lazy;
  const form = minus(staticClosure(manifest, lazyKey(/src\/app\/(FlowStage|ResultStage)\.tsx$/)), first);
  const map = minus(staticClosure(manifest, lazyKey(/MapPicker\.tsx$/)), new Set([...first, ...form]));
  return {
    firstScreen: group(outDir, manifest, first),
    form: group(outDir, manifest, form),
    map: group(outDir, manifest, map),
    firstScreenSources: [...first].sort(),
  };
}

/**
 * What the import adds once the form is loaded (it opens from the flow picker): the lazy ImportStage chunk
 * with everything it imports statically that the first screen and the form did not bring, and the parse
 * worker, a bundle of its own that the manifest does not list (found by its name in the import chunk).
 */
export function sizeImport(outDir: string): { stage: ChunkGroup; worker: ChunkGroup } {
  const manifest = readManifest(outDir);
  const { first, lazy } = lazyChunks(manifest, /src\/app\/ImportStage\.tsx$/);
  const form = staticClosure(manifest, lazyChunks(manifest, /src\/app\/(FlowStage|ResultStage)\.tsx$/).lazy);
  const stage = group(outDir, manifest, minus(staticClosure(manifest, lazy), new Set([...first, ...form])));
  const workerFiles = new Set<string>();
  for (const f of stage.files) {
    const text = readFileSync(join(outDir, f.file), 'utf8');
    for (const m of text.matchAll(/parse-worker-[\w-]+\.js/g)) workerFiles.add(`assets/${m[0]}`);
  }
  if (workerFiles.size === 0) throw new Error('no parse worker named in the import chunk');
  return { stage, worker: filesGroup(outDir, [...workerFiles]) };
}

/** Runs the app's production build into a temporary folder and sizes what it wrote. */
export function measureFirstLoad(): FirstLoad {
  const outDir = mkdtempSync(join(tmpdir(), 'composer-first-load-'));
  try {
    buildApp(outDir);
    return sizeBuild(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// Items 2 and 3: typing on the 300-field flow and the flow switch, in Debian's Chromium, for the plain
// HTML floor, rjsf, JSON Forms and ours in the same run. The four pages are open side by side and the
// work is interleaved (a mount of each in turn, a field of each in turn), so that a change in the load
// of this shared machine falls on all four alike instead of on whichever page ran at that moment.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { BENCH_PAGES, type BenchPage, type PageName } from './browser/pages';
import {
  burst,
  LONG_PAUSE_MS,
  MOUNT_RUNS,
  mountOnce,
  startTyping,
  stopTyping,
  TYPED_FIELDS,
  typeField,
  type BurstResult,
} from './browser/measure';
import { launchChromium } from '../test/support/chromium';
import { isMain } from './lib/main';
import { serveStatic } from './lib/static-server';
import type { Page } from 'playwright-core';
import type { KeySample, MountSample } from './pages/instrument';
import { typingResult } from './browser/typing-result';
import { flowSwitchResult } from './browser/flow-switch-result';
import type { BenchResult } from './lib/table';

export interface PageRun {
  name: PageName;
  label: string;
  keys: KeySample[];
  mounts: MountSample[];
  burst: BurstResult;
  /** script URLs the page fetched whose name says map (Leaflet): must be none for a flow without a location */
  mapRequests: string[];
  errors: string[];
}

const NO_BURST: BurstResult = { typed: 0, kept: 0, intact: false, rate: 0 };

async function buildPages(outDir: string): Promise<void> {
  const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export async function runBrowser(): Promise<BenchResult[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'composer-bench-pages-'));
  const chromium = await launchChromium();
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  try {
    await buildPages(outDir);
    server = await serveStatic(outDir);
    const open: { p: BenchPage; page: Page; run: PageRun }[] = [];
    for (const p of BENCH_PAGES) {
      const page = await chromium.context.newPage();
      const run: PageRun = {
        name: p.name,
        label: p.label,
        keys: [],
        mounts: [],
        burst: NO_BURST,
        mapRequests: [],
        errors: [],
      };
      page.on('pageerror', (e) => run.errors.push(e.message));
      page.on('console', (m) => void (m.type() === 'error' && run.errors.push(m.text())));
      page.on('request', (r) => void (/MapPicker|leaflet/i.test(r.url()) && run.mapRequests.push(r.url())));
      await page.goto(`${server.url}/${p.name}.html`);
      await p.ready(page);
      open.push({ p, page, run });
    }
    // Each round starts with another page, so no page is always the one after a given other.
    const rotation = (round: number) => open.map((_, i) => open[(i + round) % open.length]!);

    for (let round = 0; round < MOUNT_RUNS; round++) {
      for (const { p, page, run } of rotation(round)) {
        await page.bringToFront();
        run.mounts.push(await mountOnce(page, p));
        // the form stays mounted after the last round: the typing benchmark types into it
        if (round < MOUNT_RUNS - 1) await p.hide(page);
      }
    }
    console.log(`  ${MOUNT_RUNS} mounts of each page`);

    for (const { p, page } of open) {
      await page.bringToFront();
      await p.beforeTyping?.(page);
      await startTyping(page);
    }
    for (const [i] of TYPED_FIELDS.entries()) {
      for (const { page } of rotation(i)) {
        await page.bringToFront();
        await typeField(page, i);
      }
      if (i % 10 === 9) await new Promise((done) => setTimeout(done, LONG_PAUSE_MS));
    }
    for (const { page, run } of open) {
      await page.bringToFront();
      await page.waitForTimeout(200);
      run.keys = await stopTyping(page);
    }
    console.log(`  ${TYPED_FIELDS.length} fields typed into on each page`);

    for (const { p, page, run } of open) {
      await page.bringToFront();
      run.burst = await burst(page, p);
      await page.close();
      console.log(
        `  ${p.label}: ${run.keys.length} key presses, ${run.mounts.length} mounts, ${run.burst.kept}/${run.burst.typed} kept`,
      );
    }
    const runs = open.map((o) => o.run);
    return [typingResult(runs, chromium.version), flowSwitchResult(runs, chromium.version)];
  } finally {
    await server?.close();
    await chromium.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await runBrowser();

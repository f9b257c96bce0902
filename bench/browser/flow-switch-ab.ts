// A/B of the flow switch in one browser run: ours as built from several commits (or the working tree),
// beside rjsf, the plain HTML floor and React's own floor (bench/pages/react-floor.ts: the same 300 fields
// as one plain React component each, without and with react-hook-form), the pages taking turns exactly as
// in the full benchmark. On these shared 2-core machines only figures taken in the same run compare.
//
//   npx tsx bench/browser/flow-switch-ab.ts [--rounds 15] [--cpu] before=<commit> after=.
//
// "." is the working tree. --cpu also reads, from a Chrome trace of each mount, the main thread's CPU
// time of the click's event dispatch (render, commit and effects): less disturbed by other work on the
// machine than the wall-clock figure.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../test/support/chromium';
import { median, round } from '../lib/stats';
import { serveStatic, type StaticServer } from '../lib/static-server';
import { mountOnce } from './measure';
import { BENCH_PAGES, type BenchPage } from './pages';

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds the bench pages of the checkout at `root` (with this checkout's React floor page) into `out`. */
async function buildPages(root: string, out: string, pages: string[]): Promise<void> {
  if (root !== ROOT) {
    for (const f of ['react-floor.html', 'react-floor.ts'])
      cpSync(join(ROOT, 'bench/pages', f), join(root, 'bench/pages', f));
  }
  const input = Object.fromEntries(pages.map((p) => [p, join(root, 'bench/pages', `${p}.html`)]));
  await build({
    configFile: join(root, 'bench/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, rollupOptions: { input } },
  });
}

/** A checkout of `ref` in a temporary folder sharing this one's node_modules; "." is the working tree. */
function checkout(ref: string, cleanup: (() => void)[]): string {
  if (ref === '.') return ROOT;
  const dir = mkdtempSync(join(tmpdir(), 'composer-ab-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: ROOT, stdio: 'ignore' });
  cleanup.push(() => execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT }));
  if (!existsSync(join(dir, 'node_modules')))
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

interface Entry {
  label: string;
  p: BenchPage;
  page: Page;
  present: number[];
  painted: number[];
  cpu: number[];
}

const floorPage = (name: string): BenchPage => ({
  ...BENCH_PAGES[0]!,
  name: 'plain',
  label: name,
  lastField: '#f300',
});

/** The main thread's CPU time of the last click dispatched while `work` ran (from a Chrome trace). */
async function clickCpu(page: Page, work: () => Promise<void>): Promise<number> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: { name: string; args?: { data?: { type?: string } }; tdur?: number }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await work();
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const click = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click').pop();
  return (click?.tdur ?? Number.NaN) / 1000;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 15) || 15;
  const cpu = args.includes('--cpu');
  const variants = args.filter((a) => a.includes('=')).map((a) => a.split('=') as [string, string]);
  if (variants.length === 0)
    throw new Error('usage: flow-switch-ab.ts [--rounds N] [--cpu] label=<commit|.> …');
  const cleanup: (() => void)[] = [];
  const servers: StaticServer[] = [];
  const chromium = await launchChromium();
  try {
    const entries: Entry[] = [];
    const open = async (server: StaticServer, path: string, label: string, p: BenchPage) => {
      const page = await chromium.context.newPage();
      page.on('pageerror', (e) => console.log(`${label}: ${e.message}`));
      await page.goto(`${server.url}/${path}`);
      await p.ready(page);
      entries.push({ label, p, page, present: [], painted: [], cpu: [] });
    };
    for (const [i, [label, ref]] of variants.entries()) {
      const out = mkdtempSync(join(tmpdir(), 'composer-ab-pages-'));
      cleanup.push(() => rmSync(out, { recursive: true, force: true }));
      const pages = i === 0 ? ['plain', 'rjsf', 'react-floor', 'ours'] : ['ours'];
      await buildPages(checkout(ref, cleanup), out, pages);
      const server = await serveStatic(out);
      servers.push(server);
      if (i === 0) {
        for (const name of ['plain', 'rjsf'])
          await open(
            server,
            `${name}.html`,
            name,
            BENCH_PAGES.find((b) => b.name === name)!,
          );
        await open(server, 'react-floor.html', 'react floor', floorPage('react floor'));
        await open(server, 'react-floor.html?rhf', 'react floor + rhf', floorPage('react floor + rhf'));
      }
      await open(
        server,
        'ours.html',
        `ours ${label}`,
        BENCH_PAGES.find((b) => b.name === 'ours')!,
      );
    }
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < entries.length; k++) {
        const e = entries[(k + r) % entries.length]!;
        await e.page.bringToFront();
        let sample = { present: Number.NaN, painted: Number.NaN };
        const mount = async () => void (sample = await mountOnce(e.page, e.p));
        if (cpu) e.cpu.push(await clickCpu(e.page, mount));
        else await mount();
        e.present.push(sample.present);
        e.painted.push(sample.painted);
        await e.p.hide(e.page);
      }
    }
    const rjsf = median(entries.find((e) => e.label === 'rjsf')?.present ?? []);
    console.table(
      entries.map((e) => ({
        page: e.label,
        mounts: e.present.length,
        'median ms': round(median(e.present)),
        '× rjsf': round(median(e.present) / rjsf),
        'min ms': round(Math.min(...e.present)),
        'to next frame ms': round(median(e.painted)),
        ...(cpu ? { 'click CPU ms': round(median(e.cpu)) } : {}),
      })),
    );
  } finally {
    await chromium.close();
    for (const s of servers) await s.close();
    for (const c of cleanup.reverse()) c();
  }
}

await main();

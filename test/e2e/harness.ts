// Shared set-up of the browser journeys: the real server (built app + API over a fresh SQLite file,
// demo organisation) started as its own process, and Debian's Chromium driven through playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-args';

export const OUTPUT_DIR = resolve('test/e2e/output');

export interface RunningServer {
  url: string;
  token: string;
  process: ChildProcess;
  port: number;
  dir: string;
  /** Stops the process; `keep` leaves its folder (database) for a restart. */
  stop(options?: { keep?: boolean }): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => done(port));
    });
  });
}

/**
 * Starts `server/main.ts` on a fresh SQLite file. `reuse` restarts on the port and folder of a server
 * that was stopped with `stop({ keep: true })`: the same database, and the same origin for an open page.
 */
export async function startServer(
  env: Record<string, string> = {},
  reuse?: { port: number; dir: string },
): Promise<RunningServer> {
  const dir = reuse?.dir ?? mkdtempSync(join(tmpdir(), 'composer-e2e-'));
  const port = reuse?.port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE: join(dir, 'e2e.db'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const token = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${out}`)), 30_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Demo token: (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        done(m[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`server exited with ${code}:\n${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    process: child,
    port,
    dir,
    async stop(options) {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options?.keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A 1×1 grey PNG: no machine here reaches a tile server, so tests answer tile requests themselves.
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN8+/bNfwAJZAPlYu6XrQAAAABJRU5ErkJggg==',
  'base64',
);

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launch(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'composer-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'Asia/Jakarta',
  });
  await context.route(/tile\.openstreetmap\.org|\{s\}\.tile/, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: TILE }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`), fullPage: true });
}

/** Serious and critical axe violations on the page as it is now, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Runs `run` in a fresh browser (desktop 1280×800 unless a viewport is given) and closes it. */
export async function withBrowser(
  viewport: { width: number; height: number } | undefined,
  run: (page: Page, browser: Browser) => Promise<void>,
): Promise<void> {
  const browser = await launch({ viewport });
  try {
    await run(browser.page, browser);
  } finally {
    await browser.close();
  }
}

/** Opens the app at `url` and connects with the demo account, as a first-time user would. */
export async function connectWithDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await page.getByRole('combobox', { name: 'Flow' }).waitFor();
}

/** Chooses a flow in the "Flow" combobox, as a person would, and waits for its form. */
export async function pickFlow(page: Page, name: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Flow' });
  await picker.fill(name);
  await page.getByRole('option', { name, exact: true }).click();
  await page.getByRole('heading', { name: `New task: ${name}` }).waitFor();
}

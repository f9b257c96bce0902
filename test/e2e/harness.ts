// Shared set-up of the browser journeys: the real server (built app + API over a fresh SQLite file,
// demo organisation) as its own process, and Debian's Chromium, both from test/support.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type Chromium, type LaunchOptions } from '../support/chromium';
import { startServerProcess, type ServerProcess } from '../support/server-process';

export { connectWithDemo, pickFlow } from '../support/app-page';

export const OUTPUT_DIR = resolve('test/e2e/output');

export type RunningServer = ServerProcess;

/**
 * Starts `server/main.ts` on a fresh SQLite file. `reuse` restarts on the port and folder of a server
 * that was stopped with `stop({ keep: true })`: the same database, and the same origin for an open page.
 */
export function startServer(
  env: Record<string, string> = {},
  reuse?: { port: number; dir: string },
): Promise<RunningServer> {
  return startServerProcess({ env, ...reuse });
}

/**
 * One server for the whole test file: started before its first test, stopped after its last. The
 * returned object stands for it (a proxy, because the server exists only once `beforeAll` has run).
 */
export function serverForFile(env: Record<string, string> = {}): RunningServer {
  let running: RunningServer | undefined;
  beforeAll(async () => {
    running = await startServer(env);
  });
  afterAll(async () => {
    await running?.stop();
  });
  return new Proxy({} as RunningServer, {
    get(_target, key) {
      if (!running) throw new Error('The server starts in beforeAll: use it inside a test.');
      const value: unknown = Reflect.get(running, key);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
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
  run: (page: Page, browser: Chromium) => Promise<void>,
  options: Omit<LaunchOptions, 'viewport'> = {},
): Promise<void> {
  const browser = await launchChromium({ ...options, viewport });
  try {
    await run(browser.page, browser);
  } finally {
    await browser.close();
  }
}

// Debian's Chromium through playwright-core, the one launcher of the browser tests, benchmarks and
// scripts: a throw-away profile, and the flags that keep it off the closed network (docs/toolchain.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { toolEnv } from './tool-env';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

// A 1×1 grey PNG: no machine here reaches a tile server, so the browser is answered locally.
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN8+/bNfwAJZAPlYu6XrQAAAABJRU5ErkJggg==',
  'base64',
);

export interface Chromium {
  context: BrowserContext;
  /** the first tab; open more with `context.newPage()` */
  page: Page;
  version: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** 1280×800 unless given */
  viewport?: { width: number; height: number };
  /** en-US unless given */
  locale?: string;
  /** a phone: touch screen, mobile viewport, the finger as the primary pointer */
  phone?: boolean;
  /** 'block' for tests that cut or count requests: page.route does not see what a service worker fetches */
  serviceWorkers?: 'allow' | 'block';
}

/** A fresh browser in Jakarta's time zone. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'composer-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: toolEnv.chromiumPath,
    headless: true,
    args: ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US',
    timezoneId: 'Asia/Jakarta',
    ...(options.phone ? { hasTouch: true, isMobile: true } : {}),
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  await context.route(/tile\.openstreetmap\.org|\{s\}\.tile/, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: TILE }),
  );
  return {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    version: context.browser()?.version() ?? 'unknown',
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Issue 9's extras in Debian's Chromium against the built app and the real server: installable on a phone
// (web app manifest and icons, also offline).
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, withBrowser, type RunningServer } from './harness';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

interface AppManifest {
  url: string;
  errors: { message: string }[];
  /** the manifest file's text */
  data?: string;
  manifest?: {
    display: string;
    startUrl: string;
    scope: string;
    themeColor?: string;
    backgroundColor?: string;
    icons: { url: string; sizes?: string; type?: string }[];
  };
}

/** What Chromium itself made of the page's manifest (the DevTools "Application" panel's view). */
async function appManifest(cdp: CDPSession): Promise<AppManifest> {
  return (await cdp.send('Page.getAppManifest' as never)) as AppManifest;
}

/** Each icon as the page loads it: its pixel size, or 0 when it did not load. */
async function iconSizes(page: Page, urls: string[]): Promise<number[]> {
  return page.evaluate(
    (list) =>
      Promise.all(
        list.map(
          (src) =>
            new Promise<number>((done) => {
              const img = new Image();
              img.onload = () => done(img.naturalWidth === img.naturalHeight ? img.naturalWidth : -1);
              img.onerror = () => done(0);
              img.src = src;
            }),
        ),
      ),
    urls,
  );
}

async function expectInstallable(page: Page, cdp: CDPSession, origin: string): Promise<void> {
  const found = await appManifest(cdp);
  expect(found.url).toBe(`${origin}/manifest.webmanifest`);
  expect(found.errors).toEqual([]);
  expect(found.manifest).toMatchObject({
    display: 'kStandalone',
    startUrl: `${origin}/`,
    scope: `${origin}/`,
    themeColor: 'rgba(11,92,173,1)',
  });
  const icons = found.manifest?.icons ?? [];
  const sizes = icons.map((i) => Number(i.sizes?.split('x')[0]));
  expect(sizes).toEqual(expect.arrayContaining([192, 512]));
  expect(
    await iconSizes(
      page,
      icons.map((i) => i.url),
    ),
  ).toEqual(sizes);
  expect(JSON.parse(found.data ?? '{}')).toMatchObject({
    icons: expect.arrayContaining([expect.objectContaining({ purpose: 'maskable', sizes: '512x512' })]),
  });
  // Chromium's own verdict: a manifest with proper icons, a start URL and a worker with a fetch handler.
  expect(await cdp.send('Page.getInstallabilityErrors' as never)).toEqual({ installabilityErrors: [] });
}

describe('installable on a phone', () => {
  it('Chromium finds the manifest (standalone, start_url, scope, 192/512 and maskable icons) with no installability error', async () => {
    await withBrowser({ width: 390, height: 844 }, async (page, browser) => {
      await page.goto(server.url);
      const cdp = await browser.context.newCDPSession(page);
      await expectInstallable(page, cdp, server.url);
      const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
      expect(await iconSizes(page, [touch ?? ''])).toEqual([180]);
    });
  });

  it('offline, with the server gone, the worker still serves the manifest and its icons', async () => {
    // A server of its own, stopped before the offline reload: whatever loads then came from the worker.
    const own = await startServer();
    try {
      await withBrowser({ width: 390, height: 844 }, async (page, browser) => {
        await page.goto(own.url);
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
          if (navigator.serviceWorker.controller) return;
          await new Promise((done) =>
            navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
          );
        });
        await own.stop({ keep: true });
        await browser.context.setOffline(true);
        const reloaded = await page.reload();
        expect(reloaded?.fromServiceWorker()).toBe(true);
        const cdp = await browser.context.newCDPSession(page);
        await expectInstallable(page, cdp, own.url);
        const served = await page.evaluate(async () => {
          const r = await fetch('/manifest.webmanifest');
          return { status: r.status, name: ((await r.json()) as { name: string }).name };
        });
        expect(served).toEqual({ status: 200, name: 'Task Composer' });
      });
    } finally {
      await own.stop();
    }
  });
});

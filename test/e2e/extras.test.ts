// Issue 9's extras in Debian's Chromium against the built app and the real server: installable on a phone
// (web app manifest and icons, also offline); recent tasks on the form screen, opened and duplicated, with
// assignees by name; the result in Bahasa Indonesia; read-only fields that look read-only.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  connectWithDemo,
  pickFlow,
  screenshot,
  seriousViolations,
  serverForFile,
  startServer,
  withBrowser,
} from './harness';

const server = serverForFile();

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

/** A Delivery made through the API as MileApp's docs write assignees: one comma-separated string. */
async function createDelivery(customer: string): Promise<string> {
  const res = await fetch(`${server.url}/api/v3/task`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      flow: 'Delivery',
      hubId: '634e98498ce07d29474a7e29',
      assignee: 'leandro@mile.app, siti.rahmawati@example.com',
      customerName: customer,
      address: 'Jl. Medan Merdeka Barat 12, Gambir, Jakarta',
      weight: 2,
      weight_unit: 'KG',
      deliveryDate: '2026-12-06',
      readyAt: '2026-12-06 09:30:00',
      openTime: '08:00',
      deliveryType: 'Locker',
      lockerCode: 'L-12',
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { task: { _id: string } }).task._id;
}

/** The value under each title of the result view's description lists. */
async function facts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.result dt')].map((dt) => [
        dt.textContent ?? '',
        dt.nextElementSibling?.textContent ?? '',
      ]),
    ),
  );
}

async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('recent tasks on the form screen', () => {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`(${device}) lists them under the form with assignees by name; one opens whole, in Indonesian day-month-year, and duplicates into a form whose read-only field looks it`, async () => {
      const customer = `Recent ${device} ${Date.now()}`;
      const id = await createDelivery(customer);
      await withBrowser(viewport, async (page) => {
        await connectWithDemo(page, server.url);
        await pickFlow(page, 'Visit');
        const recent = page.getByRole('region', { name: 'Recent tasks' });
        const open = recent.getByRole('button', { name: customer });
        await expect
          .poll(() =>
            open.getAttribute('aria-describedby').then((d) => page.locator(`[id="${d}"]`).textContent()),
          )
          .toMatch(/^Delivery · Ongoing · assigned to Leandro, Siti Rahmawati · /);
        expect(await recent.textContent()).not.toContain('leandro@mile.app');
        await recent.scrollIntoViewIfNeeded();
        await screenshot(page, `extras-d-form-recent-${device}`);
        expect(await seriousViolations(page), 'form with recent tasks').toEqual([]);
        await noHorizontalScroll(page);

        await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
        await page
          .getByRole('region', { name: 'Tugas terbaru' })
          .getByRole('button', { name: customer })
          .click();
        const heading = page.getByRole('heading', { level: 1, name: 'Rincian tugas' });
        await heading.waitFor();
        await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
        expect(await page.getByRole('combobox', { name: 'Flow' }).inputValue()).toBe('Delivery');
        await expect.poll(async () => (await facts(page))['Petugas']).toBe('LeandroSiti Rahmawati');
        const shown = await facts(page);
        expect(shown['ID tugas']).toContain(id);
        expect(shown['Delivery date']).toBe('6 Des 2026');
        expect(shown['Ready for pickup at']).toBe('6 Des 2026, 09.30');
        expect(shown['Opening time']).toBe('08.00');
        expect(shown['Waktu mulai']).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d\.\d\d /);
        const card = page.locator('.result > .card').first();
        expect(await card.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        await screenshot(page, `extras-c-result-id-${device}`);
        expect(await seriousViolations(page), 'opened task in Indonesian').toEqual([]);
        await noHorizontalScroll(page);

        await page.getByRole('button', { name: 'Duplikat' }).click();
        await page.getByRole('heading', { name: 'Tugas baru: Delivery' }).waitFor();
        expect(await page.getByRole('textbox', { name: /^Customer name/ }).inputValue()).toBe(customer);
        expect(await page.getByLabel('Delivery date').inputValue()).toBe('2026-12-06');
        expect(await page.getByRole('combobox', { name: 'Delivery type' }).inputValue()).toBe('Locker');
        await page
          .getByRole('button', { name: /Leandro/ })
          .first()
          .waitFor();

        // "Locker instructions" is read-only (an onSelect show rule): reached by Tab, flat grey, no border.
        const note = page.getByRole('textbox', { name: 'Locker instructions' });
        expect(await note.getAttribute('readonly')).not.toBeNull();
        await page.getByRole('combobox', { name: 'Delivery type' }).focus();
        await page.keyboard.press('Tab');
        expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
        const look = (el: Element) => {
          const s = getComputedStyle(el);
          return { background: s.backgroundColor, border: s.borderTopColor, cursor: s.cursor };
        };
        const editable = await page.getByRole('textbox', { name: /^Locker code/ }).evaluate(look);
        expect(await note.evaluate(look)).toEqual({
          background: 'rgb(230, 234, 239)',
          border: 'rgba(0, 0, 0, 0)',
          cursor: 'default',
        });
        expect(editable.background).toBe('rgb(255, 255, 255)');
        expect(await note.inputValue()).toBe('The receiver gets the locker PIN by SMS.');
        // a view component (text the flow computes) is read-only too: grey, dashed, showing its text
        const summary = page.getByRole('textbox', { name: 'Summary' });
        expect(await summary.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
        expect((await summary.evaluate(look)).background).toBe('rgb(243, 245, 248)');
        expect(await summary.inputValue()).toBe(customer);
        await note.blur();
        await note.scrollIntoViewIfNeeded();
        await screenshot(page, `extras-c-readonly-${device}`);
        expect(await seriousViolations(page), 'duplicated form').toEqual([]);
      });
    });
  }
});

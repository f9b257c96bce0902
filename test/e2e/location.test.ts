// The location field of issue 9 in Debian's Chromium, against the built app and the real server: its
// error at the input, the map under the sticky header, one finger for the page and two for the map on
// a phone, and the hub and the chosen point marked when no map image loads.
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import {
  OUTPUT_DIR,
  connectWithDemo,
  pickFlow,
  seriousViolations,
  serverForFile,
  withBrowser,
} from './harness';

const server = serverForFile();

// No machine here reaches a tile server: every map image fails, as it would for these users offline.
const TILES = /tile\.openstreetmap\.org|\{s\}\.tile|\/tiles?\//;

async function visitForm(page: Page): Promise<void> {
  await page.route(TILES, (route) => route.abort());
  await connectWithDemo(page, server.url);
  await pickFlow(page, 'Visit');
  await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
}

/**
 * The viewport, not the full page: the header is sticky, and a full-page capture of an emulated phone
 * briefly resizes it, which ends the touch emulation the page is reacting to.
 */
async function viewShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`) });
}

const locationInput = (page: Page) => page.getByRole('textbox', { name: 'Location', exact: true });
const locationMap = (page: Page) => page.getByRole('region', { name: 'Location map' });

describe('the location field (issue 9)', () => {
  it('shows its error at the input: red border, described by it, right under it', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      await withBrowser(viewport, async (page) => {
        await visitForm(page);
        await locationInput(page).fill('-6,2,106,8');
        await locationInput(page).blur();
        const error = page.getByText(/Location must be a latitude/);
        await error.waitFor();
        await expect.poll(() => locationInput(page).getAttribute('aria-invalid')).toBe('true');
        const described = await locationInput(page).evaluate((el) => {
          const ids = (el.getAttribute('aria-describedby') ?? '').split(' ');
          return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        });
        expect(described).toContain('“-6,2; 106,8”');
        const input = await locationInput(page).boundingBox();
        const message = await error.boundingBox();
        const map = await locationMap(page).boundingBox();
        if (!input || !message || !map) throw new Error('no layout');
        expect(message.y).toBeGreaterThanOrEqual(input.y + input.height);
        expect(message.y).toBeLessThan(input.y + input.height + 16);
        expect(message.y).toBeLessThan(map.y + map.height);
        const border = await locationInput(page).evaluate((el) => getComputedStyle(el).borderTopColor);
        const danger = await error.evaluate((el) => getComputedStyle(el).color);
        expect(border).toBe(danger);
        await locationMap(page).scrollIntoViewIfNeeded();
        await viewShot(page, `location-error-${viewport.width}`);
      });
    }
  });

  it('keeps the map under the sticky header: the header is painted and clicked over it', async () => {
    await withBrowser({ width: 1280, height: 800 }, async (page) => {
      await visitForm(page);
      // room below the form to scroll the whole map under the header, as a longer flow would give
      await page.evaluate(() => (document.body.style.paddingBottom = '100vh'));
      await page.evaluate(() => window.scrollTo(0, 0)); // page and viewport coordinates agree
      const centre = async (name: string) => {
        const b = await page.getByRole('button', { name, exact: true }).boundingBox();
        if (!b) throw new Error(`no ${name} button`);
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      };
      const disconnect = await centre('Disconnect');
      const zoomIn = await centre('Zoom in');
      const map = await locationMap(page).boundingBox();
      if (!map) throw new Error('the map has no size');
      const mapBottom = map.y + map.height;
      // The map's controls are where it used to paint over the header: its attribution (bottom right, under
      // the Disconnect button) and its zoom buttons (top left). Each in turn is scrolled to the header's middle.
      const cases = [
        { name: 'bottom', scrollTo: mapBottom - 8 - disconnect.y, probe: disconnect.x },
        { name: 'top', scrollTo: zoomIn.y - disconnect.y, probe: zoomIn.x },
      ];
      for (const c of cases) {
        await page.evaluate((to) => window.scrollTo(0, to), c.scrollTo);
        const under = await locationMap(page).boundingBox();
        if (!under) throw new Error('the map has no size');
        expect(under.y).toBeLessThan(disconnect.y);
        expect(under.y + under.height).toBeGreaterThan(disconnect.y);
        const hit = await page.evaluate(
          ([px, py]) => {
            const el = document.elementFromPoint(px ?? 0, py ?? 0);
            return el?.closest('header') ? 'header' : `${el?.tagName} ${el?.className.toString()}`;
          },
          [c.probe, disconnect.y],
        );
        expect(hit, c.name).toBe('header');
        await viewShot(page, `location-map-under-header-${c.name}`);
      }
      await page.evaluate((to) => window.scrollTo(0, to), cases[0]?.scrollTo ?? 0);
      await page.mouse.click(disconnect.x, disconnect.y);
      await page.getByRole('button', { name: 'Use demo account' }).waitFor();
    });
  });

  it('marks the hub and the chosen point, with a scale, when no map image loads', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      await withBrowser(viewport, async (page) => {
        await visitForm(page);
        await locationInput(page).fill(`6°13'S 106°50'E`);
        await locationInput(page).blur();
        await expect.poll(() => locationInput(page).inputValue()).toBe('-6.2166667,106.8333333');
        await page.getByText('Read as -6.2166667, 106.8333333 (latitude, longitude).').waitFor();
        const map = locationMap(page);
        await map.scrollIntoViewIfNeeded();
        await page.getByText('Map images could not be loaded.', { exact: false }).waitFor();
        const area = await map.boundingBox();
        if (!area) throw new Error('the map has no size');
        const inside = (b: { x: number; y: number; width: number; height: number } | null) =>
          b !== null &&
          b.x >= area.x &&
          b.y >= area.y &&
          b.x + b.width <= area.x + area.width &&
          b.y + b.height <= area.y + area.height;
        const hubLabel = map.getByText('Hub Jakarta');
        await hubLabel.waitFor();
        expect(inside(await hubLabel.boundingBox())).toBe(true);
        const marker = map.getByRole('img', { name: 'Chosen location (drag to move)' });
        expect(inside(await marker.boundingBox())).toBe(true);
        expect(await marker.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
          true,
        );
        expect(inside(await map.locator('.leaflet-control-scale').boundingBox())).toBe(true);
        expect(await seriousViolations(page)).toEqual([]);
        await viewShot(page, `location-markers-no-tiles-${viewport.width}`);
      });
    }
  });

  it('in Bahasa Indonesia, translates the zoom buttons and the attribution', async () => {
    await withBrowser({ width: 1280, height: 800 }, async (page) => {
      await visitForm(page);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
      const map = page.getByRole('region', { name: 'Peta Location' });
      await map.getByRole('button', { name: 'Perbesar' }).waitFor();
      await map.getByRole('button', { name: 'Perkecil' }).waitFor();
      expect(await map.locator('.leaflet-control-attribution').textContent()).toContain(
        '© kontributor OpenStreetMap',
      );
      await map.getByRole('button', { name: 'Perbesar' }).click();
    });
  });
});

/** A phone: touch screen, mobile viewport, the finger as the primary pointer. */
async function withPhone(run: (page: Page, cdp: CDPSession) => Promise<void>): Promise<void> {
  const phone = await launchChromium({ viewport: { width: 390, height: 844 }, locale: 'id-ID', phone: true });
  try {
    await run(phone.page, await phone.context.newCDPSession(phone.page));
  } finally {
    await phone.close();
  }
}

type Finger = { x: number; y: number };

/** Fingers put down one after the other, moved together by `dy` in small steps, and lifted. */
async function swipe(cdp: CDPSession, fingers: Finger[], dy: number): Promise<void> {
  const at = (step: number) => fingers.map((f, id) => ({ x: f.x, y: f.y + (dy * step) / 10, id }));
  for (let down = 1; down <= fingers.length; down++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0).slice(0, down) });
  for (let step = 1; step <= 10; step++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('the map on a phone (issue 9)', () => {
  it('scrolls the page under one finger, with a hint, and moves the map under two', async () => {
    await withPhone(async (page, cdp) => {
      await page.route(TILES, (route) => route.abort());
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Gunakan akun demo' }).click();
      await pickFlowIndonesian(page, 'Visit');
      await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
      await page.getByRole('button', { name: 'Pakai lokasi hub' }).click();
      const map = page.getByRole('region', { name: 'Peta Location' });
      const marker = map.getByRole('img', { name: 'Lokasi terpilih (seret untuk memindahkan)' });
      await marker.waitFor();
      // the map in the middle of the screen, so the page can scroll both ways under a finger
      await map.scrollIntoViewIfNeeded();
      const before = await map.boundingBox();
      if (!before) throw new Error('the map has no size');
      await page.evaluate((by) => window.scrollBy(0, by), before.y + before.height / 2 - 422);
      /** Where the map is on the screen, and where the marker is on the map. */
      const layout = async () => {
        const [m, p] = await Promise.all([map.boundingBox(), marker.boundingBox()]);
        if (!m || !p) throw new Error('no layout');
        return { mapY: m.y, markerX: p.x - m.x, markerY: p.y - m.y };
      };
      const scrollY = () => page.evaluate(() => window.scrollY);
      /** The layout once nothing moves any more (Leaflet pans with an animation, slower on a busy machine). */
      const settled = async () => {
        let last = JSON.stringify(await layout());
        for (;;) {
          await page.waitForTimeout(300);
          const now = JSON.stringify(await layout());
          if (now === last) return layout();
          last = now;
        }
      };

      // one finger, away from the marker: the page scrolls, the map stays as it was, and a hint shows
      const start = await settled();
      const scrollStart = await scrollY();
      await swipe(cdp, [{ x: 100, y: start.mapY + 40 }], 120);
      await expect.poll(scrollY).toBeLessThan(scrollStart - 60);
      const afterOne = await settled();
      expect(afterOne.markerX).toBeCloseTo(start.markerX, 0);
      expect(afterOne.markerY).toBeCloseTo(start.markerY, 0);
      await page.getByText('Gunakan dua jari untuk menggeser peta').waitFor();
      await viewShot(page, 'location-phone-one-finger');
      await page.getByText('Gunakan dua jari untuk menggeser peta').waitFor({ state: 'detached' });

      // two fingers, the second a moment after the first: the map moves, the page does not
      const scrollBeforeTwo = await scrollY();
      const y = afterOne.mapY + 60;
      await swipe(
        cdp,
        [
          { x: 120, y },
          { x: 270, y },
        ],
        -80,
      );
      await expect.poll(async () => (await layout()).markerY).toBeLessThan(afterOne.markerY - 40);
      expect(await scrollY()).toBe(scrollBeforeTwo);
      expect(await page.getByText('Gunakan dua jari untuk menggeser peta').count()).toBe(0);
      // moving the map is not choosing a point
      expect(await locationInput(page).inputValue()).toBe('-6.2051542,106.8466707');
      await viewShot(page, 'location-phone-two-fingers');
    });
  });

  it('says "tap", and places the point with a tap', async () => {
    await withPhone(async (page) => {
      await page.route(TILES, (route) => route.abort());
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Gunakan akun demo' }).click();
      await pickFlowIndonesian(page, 'Visit');
      await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
      await page.getByText(/atau ketuk peta\.$/).waitFor();
      const map = page.getByRole('region', { name: 'Peta Location' });
      await map.scrollIntoViewIfNeeded();
      await page.getByText('Mengetuk peta tetap menaruh titik.', { exact: false }).waitFor();
      const b = await map.boundingBox();
      if (!b) throw new Error('the map has no size');
      await page.touchscreen.tap(b.x + b.width * 0.7, b.y + b.height * 0.3);
      await expect.poll(() => locationInput(page).inputValue()).toMatch(/^-6\.\d+,106\.\d+$/);
    });
  });
});

/** pickFlow, in Bahasa Indonesia. */
async function pickFlowIndonesian(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Flow' }).fill(name);
  await page.getByRole('option', { name, exact: true }).click();
  await page.getByRole('heading', { name: `Tugas baru: ${name}` }).waitFor();
}

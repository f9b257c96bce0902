// Place search of issue 13 in Debian's Chromium, against the built app and the real server (built-in
// geocoder over the demo organisation): a suggestion picked with the keyboard moves the pin, a map click
// beside a hub offers its address for the empty Address field, and the open list passes axe on a phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  connectWithDemo,
  pickFlow,
  screenshot,
  seriousViolations,
  serverForFile,
  withBrowser,
} from './harness';

const server = serverForFile();

// No machine here reaches a tile server: every map image fails, as it would for these users offline.
const TILES = /tile\.openstreetmap\.org|\{s\}\.tile|\/tiles?\//;
const JAKARTA_ADDRESS = 'Jalan Medan Merdeka Timur, Gambir, Jakarta Pusat 10110, Indonesia';

async function visitForm(page: Page): Promise<void> {
  await page.route(TILES, (route) => route.abort());
  await connectWithDemo(page, server.url);
  await pickFlow(page, 'Visit');
  await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
}

const search = (page: Page) => page.getByRole('combobox', { name: 'Search address or place' });
const coordinates = (page: Page) => page.getByRole('textbox', { name: 'Location', exact: true });
const map = (page: Page) => page.getByRole('region', { name: 'Location map' });

describe('place search in the location field (issue 13)', () => {
  it('finds a hub from part of its name; the keyboard picks it; the pin and coordinates move', async () => {
    await withBrowser(undefined, async (page) => {
      await visitForm(page);
      await search(page).click();
      await page.keyboard.type('band');
      const bandung = page.getByRole('option', { name: /^Bandung.*Jalan Stasiun Barat/ });
      await bandung.waitFor();
      await page.keyboard.press('ArrowDown');
      expect(await search(page).getAttribute('aria-activedescendant')).toBe(await bandung.getAttribute('id'));
      await page.keyboard.press('Enter');
      await expect.poll(() => coordinates(page).inputValue()).toBe('-6.91458,107.60211');
      await page.getByText('Found: Bandung · exact place').waitFor();
      const marker = map(page).getByRole('img', { name: 'Chosen location (drag to move)' });
      await marker.waitFor();
      const area = await map(page).boundingBox();
      const pin = await marker.boundingBox();
      if (!area || !pin) throw new Error('no layout');
      expect(pin.x).toBeGreaterThan(area.x);
      expect(pin.x + pin.width).toBeLessThan(area.x + area.width);
      expect(pin.y).toBeGreaterThan(area.y);
      expect(pin.y + pin.height).toBeLessThan(area.y + area.height);
    });
  });

  it('offers the address of the hub beside a map click for the empty Address field', async () => {
    await withBrowser(undefined, async (page) => {
      await visitForm(page);
      const m = map(page);
      await m.scrollIntoViewIfNeeded();
      await m.getByText('Hub Jakarta').waitFor();
      // With nothing chosen the map is centred on the hub: 40 px off it is about 200 m away at zoom 15.
      const box = await m.boundingBox();
      if (!box) throw new Error('the map has no size');
      await page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30);
      await expect.poll(() => coordinates(page).inputValue()).toMatch(/^-6\.20\d*,106\.84\d*$/);
      const offer = page.getByRole('button', { name: `Use this address: ${JAKARTA_ADDRESS}` });
      await offer.click();
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Address' }).inputValue())
        .toBe(JAKARTA_ADDRESS);
      await screenshot(page, 'place-search-address-offer');
    });
  });

  it('has no serious axe violation with the list open, on a desktop and on a phone', async () => {
    for (const [viewport, phone] of [
      [{ width: 1280, height: 800 }, false],
      [{ width: 390, height: 844 }, true],
    ] as const) {
      await withBrowser(
        viewport,
        async (page) => {
          await visitForm(page);
          await search(page).click();
          await page.keyboard.type('jak');
          const first = page
            .getByRole('listbox', { name: 'Search address or place' })
            .getByRole('option')
            .first();
          await first.waitFor();
          expect(await search(page).getAttribute('aria-expanded')).toBe('true');
          expect(await seriousViolations(page)).toEqual([]);
          const option = await first.boundingBox();
          if (!option) throw new Error('no option layout');
          expect(option.height).toBeGreaterThanOrEqual(44);
          expect(option.x).toBeGreaterThanOrEqual(0);
          expect(option.x + option.width).toBeLessThanOrEqual(viewport.width);
          if (phone) {
            // the box moves up on a touch screen, so the list shows above where the keyboard opens
            await expect
              .poll(async () => (await search(page).boundingBox())?.y ?? viewport.height)
              .toBeLessThan(viewport.height / 3);
          }
          await screenshot(page, `place-search-open-${viewport.width}`);
        },
        { phone },
      );
    }
  });
});

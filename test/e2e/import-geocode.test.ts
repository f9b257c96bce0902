// Issue 13 item 5 in Chromium against the real server (built-in geocoder): a spreadsheet whose rows have
// addresses only gets its coordinates found (each address asked once, going on after a reload), the rows
// not found or not certain are fixed by choosing, searching again or typing, and the tasks carry them.
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

/** Page.route does not see what a service worker fetches. */
const NO_WORKER = { serviceWorkers: 'block' } as const;

interface ListedTask {
  field1?: string;
  field2?: string;
  field3?: string;
}

async function tasksOnServer(): Promise<ListedTask[]> {
  const res = await fetch(`${server.url}/api/v3/tasks?limit=100&flow=Visit`, {
    headers: { Authorization: `Bearer ${server.token}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { tasks: { data: ListedTask[] } }).tasks.data;
}

// Line 2 and 3 share an address (asked once); line 8 has coordinates, which win over its address.
const CSV = [
  'Customer name;Address;Location;Hub',
  'Ayu;Jalan Stasiun Barat 11, Bandung;;Bandung',
  'Budi;jalan stasiun barat 11,  BANDUNG;;Bandung',
  'Citra;Denpasar;;Denpasar',
  'Dewi;Bogor;;Jakarta',
  'Eko;Qwxyz Plonk 9;;Jakarta',
  'Fajar;Sukamaju;;Jakarta',
  'Gita;Jalan Pemuda 17, Surabaya;-6.3,106.9;Jakarta',
].join('\r\n');

async function openWithCsv(page: Page): Promise<void> {
  await connectWithDemo(page, server.url);
  await pickFlow(page, 'Visit');
  await page.getByRole('button', { name: 'Import many tasks' }).click();
  await page
    .getByLabel('Spreadsheet file (.xlsx, .csv or .tsv)')
    .setInputFiles({ name: 'alamat.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByRole('button', { name: 'Continue to the check' }).click();
  await page.getByText('Ready to create: 7. With errors: 0.').waitFor();
}

const rowHeaders = (page: Page) => page.getByRole('rowheader').allTextContents();
/** The text of a row's Location cell (the third data column: row number and status come first). */
const locationOf = (page: Page, line: number) =>
  page.locator(`tr:has(th[role="rowheader"]:text-is("${line}")) td.grid-cell`).nth(2).textContent();

describe('geocoding in the spreadsheet import', () => {
  // first: the journey below creates tasks, whose addresses the search then finds too
  it('on a phone: the rows to place and their fixer fit the screen', async () => {
    await withBrowser(
      { width: 390, height: 844 },
      async (page) => {
        await openWithCsv(page);
        await page.getByRole('button', { name: 'Find coordinates for 6 rows' }).click();
        await page.getByText(/^Found by search: 3\. To place by hand: 3\.$/).waitFor({ timeout: 20_000 });
        await page.getByRole('heading', { name: /^Place row 5/ }).waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshot(page, 'import-geocode-phone');
        expect(await seriousViolations(page)).toEqual([]);
      },
      NO_WORKER,
    );
  }, 90_000);

  it('finds the coordinates of rows with addresses only, lists the rest to fix, and creates the tasks', async () => {
    await withBrowser(
      undefined,
      async (page) => {
        const asked: string[] = [];
        let slow = true;
        await page.route('**/api/places/search**', async (route) => {
          asked.push(new URL(route.request().url()).searchParams.get('q') ?? '');
          // the fourth search gets no answer before the page is reloaded; the others are slowed so the
          // progress can be seen
          if (asked.length === 4 && slow) return;
          if (slow) await new Promise((r) => setTimeout(r, 300));
          await route.continue().catch(() => undefined);
        });
        await openWithCsv(page);

        await page.getByRole('button', { name: 'Find coordinates for 6 rows' }).click();
        await page.getByText(/^Finding places [12] \/ 5$/).waitFor();
        await screenshot(page, 'import-geocode-progress');
        // a reload while the fourth address is being asked: the import is resumed and the run goes on
        await page.getByText('Finding places 3 / 5').waitFor();
        await page.waitForTimeout(700); // the session is saved at most 400 ms after a change
        expect(asked.length).toBe(4);
        slow = false;
        await page.reload();
        await page.getByRole('button', { name: 'Resume the import' }).click();
        await page.getByText(/^Found by search: 3\. To place by hand: 3\.$/).waitFor({ timeout: 20_000 });
        // five distinct addresses, each answered once: after the reload only the two never answered
        expect(asked).toEqual([
          'Jalan Stasiun Barat 11, Bandung',
          'Denpasar',
          'Bogor',
          'Qwxyz Plonk 9',
          'Qwxyz Plonk 9',
          'Sukamaju',
        ]);

        expect(await locationOf(page, 2)).toBe('-6.91458,107.60211');
        expect(await locationOf(page, 3)).toBe('-6.91458,107.60211');
        expect(await locationOf(page, 8)).toBe('-6.3,106.9');
        expect(await page.getByRole('grid').getByText('Found: exact place').count()).toBe(3);

        await page.getByRole('checkbox', { name: 'Only rows to place (3)' }).check();
        expect(await rowHeaders(page)).toEqual(['5', '6', '7']);
        expect(await page.getByRole('grid').getByText('Only the town found').count()).toBe(1);
        expect(await page.getByRole('grid').getByText('Address not found').count()).toBe(1);
        expect(await page.getByRole('grid').getByText('Several places match').count()).toBe(1);
        await screenshot(page, 'import-geocode-fix');
        expect(await seriousViolations(page)).toEqual([]);

        // Bogor: only the town; take it
        await page.getByRole('heading', { name: 'Place row 5 (1 of 3)' }).waitFor();
        await page.getByRole('button', { name: /^Use Bogor, West Java/ }).click();
        // the nonsense address: search again with other words
        await page.getByRole('heading', { name: 'Place row 6 (1 of 2)' }).waitFor();
        await page.getByLabel('Search for the place').fill('Jalan Pemuda 17 Surabaya');
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.getByRole('button', { name: /^Use Surabaya, Jalan Pemuda 17/ }).click();
        // several Sukamaju: type the coordinates instead, a wrong text first
        await page.getByRole('heading', { name: 'Place row 7 (1 of 1)' }).waitFor();
        await page.getByLabel('Or type or paste the coordinates').fill('somewhere');
        await page.getByRole('button', { name: 'Use these coordinates' }).click();
        await page.getByText('Write the latitude and longitude, for example -6.2, 106.8').waitFor();
        await page.getByLabel('Or type or paste the coordinates').fill('-6.25, 106.5');
        await page.getByRole('button', { name: 'Use these coordinates' }).click();

        await page.getByText('Every row with an address has its place.').waitFor();
        await page.getByRole('checkbox', { name: /^Only rows to place/ }).uncheck();
        expect(await locationOf(page, 5)).toMatch(/^-6\.\d+,106\.\d+$/);
        expect(await locationOf(page, 7)).toBe('-6.25,106.5');

        await page.getByRole('button', { name: 'Create tasks from the ready rows (7)' }).click();
        await page.getByText('Sent: 7 created, 0 refused.').waitFor({ timeout: 30_000 });
        const byName = new Map((await tasksOnServer()).map((task) => [task.field1, task.field3]));
        expect(byName.get('Ayu')).toBe('-6.91458,107.60211');
        expect(byName.get('Budi')).toBe('-6.91458,107.60211');
        expect(byName.get('Citra')).toMatch(/^-8\.65667,115\.21336/);
        expect(byName.get('Dewi')).toMatch(/^-6\.\d+,106\.\d+$/);
        expect(byName.get('Eko')).toBe('-7.26564,112.74738');
        expect(byName.get('Fajar')).toBe('-6.25,106.5');
        expect(byName.get('Gita')).toBe('-6.3,106.9');
      },
      NO_WORKER,
    );
  }, 120_000);
});

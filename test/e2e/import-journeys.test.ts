// Issue 11's heavy import journeys in Chromium against the real server: a thousand rows with ten bad ones,
// a reload in the middle of sending, and chunks answered 500 or not answered at all. Each ends by counting
// the tasks on the server: exactly the rows, never one twice.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectWithDemo, pickFlow, serverForFile, withBrowser } from './harness';

const server = serverForFile();

const BULK = '**/api/v3/tasks/bulk**';
/** These tests cut and count requests, which page.route cannot do for what a service worker fetches. */
const NO_WORKER = { serviceWorkers: 'block' } as const;

async function taskCount(): Promise<number> {
  const res = await fetch(`${server.url}/api/v3/tasks?limit=1`, {
    headers: { Authorization: `Bearer ${server.token}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { tasks: { total: number } }).tasks.total;
}

/** A `;` CSV of Visit rows as Indonesian Excel writes it; the rows in `bad` name a hub that does not exist. */
function visitCsv(prefix: string, rows: number, bad: ReadonlySet<number> = new Set()): Buffer {
  const lines = ['Customer name;Address;Hub'];
  for (let i = 1; i <= rows; i++)
    lines.push(`${prefix} ${i};Jl. Merdeka ${i}, Jakarta;${bad.has(i) ? `Nowhere ${i}` : 'Jakarta'}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

async function importCsv(page: Page, name: string, csv: Buffer): Promise<void> {
  await connectWithDemo(page, server.url);
  await pickFlow(page, 'Visit');
  await page.getByRole('button', { name: 'Import many tasks' }).click();
  await page
    .getByLabel('Spreadsheet file (.xlsx, .csv or .tsv)')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: csv });
  await page.getByRole('button', { name: 'Continue to the check' }).click();
}

/** The Idempotency-Key of every bulk request the page sends, in order (kept across reloads). */
function bulkKeys(page: Page): string[] {
  const keys: string[] = [];
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().includes('/api/v3/tasks/bulk'))
      keys.push(req.headers()['idempotency-key'] ?? '(none)');
  });
  return keys;
}

describe('spreadsheet import at scale', () => {
  it('creates 990 of 1,000 rows, shows the 10 bad ones on their cells, and creates them once fixed', async () => {
    await withBrowser(
      undefined,
      async (page) => {
        const before = await taskCount();
        const bad = new Set([3, 97, 150, 333, 404, 500, 612, 777, 901, 1000]);
        await importCsv(page, 'kunjungan.csv', visitCsv('Row', 1000, bad));
        await page.getByText('Ready to create: 990. With errors: 10.').waitFor();
        // row numbers are the spreadsheet's: data row i is on line i + 1
        await page.getByRole('checkbox', { name: 'Only rows with errors' }).check();
        expect(await page.getByRole('rowheader').allTextContents()).toEqual(
          [...bad].map((i) => String(i + 1)),
        );
        const cell = page.getByRole('gridcell', { name: 'Nowhere 404', exact: true });
        expect(await cell.getAttribute('aria-invalid')).toBe('true');
        const described = await cell.getAttribute('aria-describedby');
        expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/Nowhere 404/);

        await page.getByRole('button', { name: 'Create tasks from the ready rows (990)' }).click();
        await page.getByText('Sent: 990 created, 0 refused.').waitFor({ timeout: 60_000 });
        expect(await taskCount()).toBe(before + 990);

        for (const i of bad) {
          await page.getByRole('gridcell', { name: `Nowhere ${i}`, exact: true }).click();
          await page.keyboard.press('Enter');
          await page.keyboard.press('Control+A');
          await page.keyboard.type('Jakarta');
          await page.keyboard.press('Enter');
        }
        await page.getByText(/^Ready to create: 10\. With errors: 0\. Sent: 990 created/).waitFor();
        await page.getByRole('button', { name: 'Create tasks from the ready rows (10)' }).click();
        await page.getByText('All 1,000 tasks are created.').waitFor({ timeout: 60_000 });
        expect(await taskCount()).toBe(before + 1000);
      },
      NO_WORKER,
    );
  }, 180_000);

  it('goes on after a reload in the middle of sending, without a duplicate', async () => {
    await withBrowser(
      undefined,
      async (page) => {
        const before = await taskCount();
        const keys = bulkKeys(page);
        let seen = 0;
        let cutOff: () => void = () => undefined;
        const secondChunkStored = new Promise<void>((done) => (cutOff = done));
        // The second chunk reaches the server and is stored, but its answer never reaches the page: its
        // route is left unanswered until the reload cancels the request (unrouting would let it through).
        await page.route(BULK, async (route: Route) => {
          seen += 1;
          if (seen !== 2) return route.continue();
          await route.fetch();
          cutOff();
        });
        await importCsv(page, 'besar.csv', visitCsv('Reload', 3000));
        await page.getByText('Ready to create: 3,000. With errors: 0.').waitFor({ timeout: 60_000 });
        await page.getByRole('button', { name: 'Create tasks from the ready rows (3,000)' }).click();
        await secondChunkStored;
        expect(await taskCount()).toBe(before + 2000);

        await page.reload();
        // the same tab keeps its connection and its import screen, which offers to go on
        const resume = page.getByRole('button', { name: 'Resume the import' });
        await resume.click();
        await page.getByText('All 3,000 tasks are created.').waitFor({ timeout: 90_000 });

        expect(await taskCount()).toBe(before + 3000);
        // the cut-off chunk went again under its own key; no chunk had a key of another
        expect(keys).toHaveLength(4);
        expect(keys[2]).toBe(keys[1]);
        expect(new Set(keys).size).toBe(3);
      },
      NO_WORKER,
    );
  }, 240_000);

  it('sends a chunk answered 500, and one whose answer was lost, again under the same key', async () => {
    await withBrowser(
      undefined,
      async (page) => {
        const before = await taskCount();
        const keys = bulkKeys(page);
        const firstTry = new Set<string>();
        await page.route(BULK, async (route: Route) => {
          const key = route.request().headers()['idempotency-key'] ?? '';
          if (firstTry.has(key)) return route.continue();
          firstTry.add(key);
          if (firstTry.size === 1)
            return route.fulfill({
              status: 500,
              contentType: 'application/json',
              body: JSON.stringify({ status: false, message: 'Internal server error' }),
            });
          // stored by the server, then the connection drops before the answer arrives
          await route.fetch();
          return route.abort('connectionreset');
        });
        await importCsv(page, 'dua-ribu.csv', visitCsv('Retry', 2000));
        await page.getByText('Ready to create: 2,000. With errors: 0.').waitFor({ timeout: 60_000 });
        await page.getByRole('button', { name: 'Create tasks from the ready rows (2,000)' }).click();
        await page.getByText('All 2,000 tasks are created.').waitFor({ timeout: 90_000 });

        expect(await taskCount()).toBe(before + 2000);
        expect(keys).toHaveLength(4);
        expect(keys[1]).toBe(keys[0]);
        expect(keys[3]).toBe(keys[2]);
        expect(keys[2]).not.toBe(keys[0]);
      },
      NO_WORKER,
    );
  }, 180_000);
});

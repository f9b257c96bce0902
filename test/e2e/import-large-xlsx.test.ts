// A spreadsheet past a few hundred rows, read in Chromium as the server serves the app (with its CSP): the
// .xlsx reader inflates a large sheet in a worker of its own, which the policy must let it start.
import type { Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { connectWithDemo, pickFlow, startServer, withBrowser, type RunningServer } from './harness';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const ROWS = 2000;
/** columns no field takes, as real exports carry them: they make the sheet's XML large */
const NOTES = 12;

/** Visit rows whose sheet XML is well over fflate's 512 KB threshold for inflating in a worker. */
async function visitXlsx(): Promise<Buffer> {
  const text = (value: string) => ({ value, type: String });
  const notes = Array.from({ length: NOTES }, (_, j) => `Catatan ${j + 1}`);
  const rows = [['Customer name', 'Address', 'Hub', ...notes].map(text)];
  for (let i = 1; i <= ROWS; i++)
    rows.push(
      [
        `Pelanggan ${i}`,
        `Jl. Merdeka No. ${i}, Jakarta Pusat`,
        'Jakarta',
        ...notes.map((c) => `${c}.${i}`),
      ].map(text),
    );
  return writeXlsxFile(rows as never, { sheet: 'Tasks' }).toBuffer();
}

async function chooseFile(page: Page, buffer: Buffer): Promise<void> {
  await page
    .getByLabel('Spreadsheet file (.xlsx, .csv or .tsv)')
    .setInputFiles({ name: 'kunjungan.xlsx', mimeType: 'application/octet-stream', buffer });
}

describe('a large .xlsx', () => {
  it(`reads ${ROWS.toLocaleString('en-US')} rows and checks them all`, async () => {
    const file = await visitXlsx();
    await withBrowser(undefined, async (page) => {
      await connectWithDemo(page, server.url);
      await pickFlow(page, 'Visit');
      await page.getByRole('button', { name: 'Import many tasks' }).click();
      await chooseFile(page, file);
      await page.getByRole('heading', { name: 'Match the columns' }).waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Continue to the check' }).click();
      await page.getByText('Ready to create: 2,000. With errors: 0.').waitFor({ timeout: 20_000 });
    });
  }, 90_000);
});

// `npm run screenshots`: the README's pictures, taken from the built app on the demo organisation in
// Debian's Chromium (a desktop form, the created task, the place search, the form on a phone, and a
// spreadsheet import). Run after `npm run build`.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/node';
import { connectWithDemo, pickFlow } from '../test/support/app-page';
import { launchChromium } from '../test/support/chromium';
import { startServerProcess } from '../test/support/server-process';

const OUT = resolve('docs/screenshots');

async function fillVisit(page: Page, url: string): Promise<void> {
  await connectWithDemo(page, url);
  await pickFlow(page, 'Visit');
  await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
  const assignee = page.getByRole('combobox', { name: 'Assignee' });
  await assignee.fill('leandro');
  await page
    .getByRole('option', { name: /leandro/i })
    .first()
    .click();
  await page.getByLabel('Customer name').fill('Jack Ward');
  await page.getByLabel('Address', { exact: true }).fill('Jl. Medan Merdeka Barat 12, Gambir, Jakarta');
  await page.getByRole('textbox', { name: 'Location', exact: true }).fill('-6.1754, 106.8272');
  await page.getByRole('textbox', { name: 'Location', exact: true }).blur();
}

/**
 * A dispatcher's sheet as Excel writes it: Indonesian headers, phones that lost their zero, decimal
 * commas, rupiah, date cells, and two mistakes (a weight in words, a misspelt hub) to show in the review.
 */
async function dispatcherSheet(): Promise<Buffer> {
  const header = ['Nama Pelanggan', 'Alamat Pengiriman', 'No. HP', 'Berat', 'Nilai COD', 'Tanggal Kirim'];
  header.push('Jenis Pengiriman', 'Penerima', 'Gudang', 'Kurir', 'Waktu Mulai');
  const people = [
    'Ayu Lestari',
    'Bambang Wijaya',
    'Citra Dewi',
    'Dedi Kurniawan',
    'Eka Putri',
    'Fajar Nugroho',
  ];
  const rows = people.map((name, i) => [
    name,
    `Jl. Braga No. ${i + 10}, Bandung`,
    8123450000 + i * 1111,
    i === 2 ? 'dua' : `${1 + (i % 3)},5`,
    i % 2 ? `Rp ${(150_000 * (i + 1)).toLocaleString('id-ID')}` : null,
    new Date(Date.UTC(2026, 11, 7)),
    i % 3 ? 'Office' : 'Home',
    name.split(' ')[0],
    i === 4 ? 'Bandug' : 'Bandung',
    i % 2 ? 'Dewi Lestari' : 'asep.sunandar@example.com',
    new Date(Date.UTC(2026, 11, 7, 8 + (i % 3))),
  ]);
  const cell = (v: unknown) =>
    v === null ? null : v instanceof Date ? { value: v, format: 'dd/mm/yyyy hh:mm' } : { value: v };
  const data = [header.map((h) => ({ value: h, fontWeight: 'bold' })), ...rows.map((r) => r.map(cell))];
  return writeXlsxFile(data as never, { sheet: 'Pengiriman' }).toBuffer();
}

async function importSheet(page: Page, url: string): Promise<void> {
  await connectWithDemo(page, url);
  await pickFlow(page, 'Delivery');
  await page.getByRole('button', { name: 'Import many tasks' }).click();
  await page.getByLabel('Spreadsheet file (.xlsx, .csv or .tsv)').setInputFiles({
    name: 'Pengiriman besok.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await dispatcherSheet(),
  });
  await page.getByRole('button', { name: 'Continue to the check' }).click();
  await page.getByText(/^Ready to create: 4\. With errors: 2\./).waitFor();
  // the review with the misspelt hub's cell in focus, its message shown under the grid
  await page.getByRole('gridcell', { name: 'Bandug', exact: true }).click();
}

/** The location field's place search open on "band": the hub first, then cities, each with its precision. */
async function placeSearch(page: Page, url: string): Promise<void> {
  await connectWithDemo(page, url);
  await pickFlow(page, 'Visit');
  await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
  const search = page.getByRole('combobox', { name: 'Search address or place' });
  await search.click();
  await page.keyboard.type('band');
  await page.getByRole('option', { name: /Jalan Stasiun Barat/ }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.mouse.move(1270, 890); // off the list: only the keyboard's choice is highlighted
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startServerProcess();
  try {
    const desktop = await launchChromium({ viewport: { width: 1280, height: 1000 } });
    try {
      const page = desktop.page;
      await fillVisit(page, server.url);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${OUT}/form.png` });
      await page.getByRole('button', { name: 'Create task' }).click();
      await page.getByRole('heading', { name: 'Task created' }).waitFor();
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${OUT}/task-created.png` });
    } finally {
      await desktop.close();
    }
    const importer = await launchChromium({ viewport: { width: 1280, height: 900 } });
    try {
      await importSheet(importer.page, server.url);
      await importer.page.waitForTimeout(500);
      await importer.page.screenshot({ path: `${OUT}/import-review.png` });
    } finally {
      await importer.close();
    }
    const places = await launchChromium({ viewport: { width: 1280, height: 900 } });
    try {
      await placeSearch(places.page, server.url);
      await places.page.waitForTimeout(500);
      await places.page.locator('.field-map').screenshot({ path: `${OUT}/place-search.png` });
    } finally {
      await places.close();
    }
    const phone = await launchChromium({ viewport: { width: 390, height: 844 } });
    try {
      await fillVisit(phone.page, server.url);
      await phone.page.getByRole('heading', { name: 'New task: Visit' }).scrollIntoViewIfNeeded();
      await phone.page.waitForTimeout(500);
      await phone.page.screenshot({ path: `${OUT}/form-phone.png` });
    } finally {
      await phone.close();
    }
  } finally {
    await server.stop();
  }
  console.log(`Screenshots written to ${OUT}`);
}

await main();

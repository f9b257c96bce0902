// Issue 11's spreadsheet import in Debian's Chromium against the built app and the real server (demo
// organisation), with real files written by the test: the downloaded template filled in, an Indonesian
// `;` CSV with decimal commas, and a paste from a spreadsheet.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
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

interface ListedTask {
  _id: string;
  customerName?: string;
  weight?: unknown;
  codAmount?: unknown;
  phone?: unknown;
}

async function tasksOnServer(): Promise<ListedTask[]> {
  const res = await fetch(`${server.url}/api/v3/tasks?limit=100`, {
    headers: { Authorization: `Bearer ${server.token}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { tasks: { data: ListedTask[] } }).tasks.data;
}

async function openImport(page: Page, flow: string): Promise<void> {
  await connectWithDemo(page, server.url);
  await pickFlow(page, flow);
  await page.getByRole('button', { name: 'Import many tasks' }).click();
  await page.getByRole('heading', { name: `Import tasks: ${flow}` }).waitFor();
}

async function expectAxeClean(page: Page, step: string): Promise<void> {
  expect(await seriousViolations(page), step).toEqual([]);
}

/** Edits one cell of the review grid as a person would: focus it, Enter, replace the text, Enter. */
async function editCell(page: Page, value: string, replacement: string): Promise<void> {
  await page.getByRole('gridcell', { name: value, exact: true }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(replacement);
  await page.keyboard.press('Enter');
}

const xlsxCell = (value: unknown) =>
  value instanceof Date ? { value, format: 'yyyy-mm-dd hh:mm' } : value === null ? null : { value };

describe('spreadsheet import', () => {
  it('round-trips the downloaded template: filled, uploaded, one error fixed in the grid, created', async () => {
    await withBrowser(undefined, async (page) => {
      const before = (await tasksOnServer()).length;
      await openImport(page, 'Delivery');
      await expectAxeClean(page, 'source step');
      await screenshot(page, 'import-source');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the Excel template (.xlsx)' }).click();
      const file = await (await download).path();
      const sheets = await readXlsxFile(readFileSync(file));
      expect(sheets.map((s) => s.sheet)).toEqual(['Tasks', 'Lists']);
      const [header = [], example = []] = sheets[0]?.data ?? [];
      expect(JSON.stringify(sheets[1]?.data)).toContain('Jakarta');
      const col = (title: string) => header.findIndex((h) => String(h).replace(/\s*\*$/, '') === title);
      const name = col('Customer name');
      const weight = col('Weight');
      expect(name).toBeGreaterThanOrEqual(0);
      expect(weight).toBeGreaterThanOrEqual(0);
      const row = (customer: string, w?: string) =>
        example.map((v, i) => (i === name ? customer : i === weight && w !== undefined ? w : v));
      const filled = await writeXlsxFile(
        [header, row('Template Siti'), row('Template Dewi', 'abc'), row('Template Budi')].map((r) =>
          r.map(xlsxCell),
        ) as never,
        { sheet: 'Tasks' },
      ).toBuffer();

      await page
        .getByLabel('Spreadsheet file (.xlsx, .csv or .tsv)')
        .setInputFiles({ name: 'filled.xlsx', mimeType: 'application/octet-stream', buffer: filled });
      await page.getByRole('heading', { name: 'Match the columns' }).waitFor();
      await expectAxeClean(page, 'mapping step');
      await screenshot(page, 'import-mapping');
      await page.getByRole('button', { name: 'Continue to the check' }).click();

      await page.getByText('Ready to create: 2. With errors: 1.').waitFor();
      const bad = page.getByRole('gridcell', { name: 'abc', exact: true });
      expect(await bad.getAttribute('aria-invalid')).toBe('true');
      const described = await bad.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/Weight/);
      await expectAxeClean(page, 'review step');
      await screenshot(page, 'import-review');

      await editCell(page, 'abc', '4');
      await page.getByText('Ready to create: 3. With errors: 0.').waitFor();
      await page.getByRole('button', { name: 'Create tasks from the ready rows (3)' }).click();
      await page.getByText('Sent: 3 created, 0 refused.').waitFor();
      await expect.poll(() => page.getByRole('button', { name: /^Open task [0-9a-f]{24}$/ }).count()).toBe(3);
      await expectAxeClean(page, 'results');
      await screenshot(page, 'import-created');

      const tasks = await tasksOnServer();
      expect(tasks.length).toBe(before + 3);
      const made = tasks.filter((t) => t.customerName?.startsWith('Template '));
      expect(made.map((t) => t.customerName).sort()).toEqual([
        'Template Budi',
        'Template Dewi',
        'Template Siti',
      ]);
      expect(made.find((t) => t.customerName === 'Template Dewi')?.weight).toBe(4);
    });
  });

  it('reads an Indonesian CSV: its headers, semicolons, decimal commas, rupiah, leading zeros', async () => {
    await withBrowser({ width: 390, height: 844 }, async (page) => {
      await openImport(page, 'Delivery');
      const csv = [
        'Nama pelanggan;Alamat pengiriman;Berat;COD;No HP;Locker code;Receiver name;Gudang',
        'CSV Ayu;Jl. Braga 10, Bandung;2,5;Rp 1.500.000;081234567890;L-01;Ayu;Bandung',
        'CSV Rudi;Jl. Asia Afrika 8;1,25;250.000;0227654321;L-02;Rudi;Bandung',
      ].join('\r\n');
      await page.getByLabel('Spreadsheet file (.xlsx, .csv or .tsv)').setInputFiles({
        name: 'pesanan.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${csv}\r\n`),
      });
      await page.getByRole('heading', { name: 'Match the columns' }).waitFor();
      expect(await page.getByRole('combobox', { name: 'Column separator' }).inputValue()).toBe(';');
      // Indonesian headers find their fields by Part A's aliases
      const target = (column: string) => page.getByRole('combobox', { name: column }).inputValue();
      expect(await target('Column A: Nama pelanggan')).toBe('customerName');
      expect(await target('Column C: Berat')).toBe('weight');
      expect(await target('Column D: COD')).toBe('codAmount');
      expect(await target('Column E: No HP')).toBe('phone');
      expect(await target('Column H: Gudang')).toBe('hubId');
      await page.getByRole('button', { name: 'Continue to the check' }).click();
      await page.getByText('Ready to create: 2. With errors: 0.').waitFor();
      // at 390 px the grid scrolls inside its own box, not the page
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        box: document.querySelector('.grid-box')?.scrollWidth ?? 0,
      }));
      expect(widths.page).toBeLessThanOrEqual(390);
      expect(widths.box).toBeGreaterThan(390);
      await expectAxeClean(page, 'review at 390 px');
      await screenshot(page, 'import-review-phone');
      await page.getByRole('button', { name: 'Create tasks from the ready rows (2)' }).click();
      await page.getByText('Sent: 2 created, 0 refused.').waitFor();

      const made = (await tasksOnServer()).filter((t) => t.customerName?.startsWith('CSV '));
      const ayu = made.find((t) => t.customerName === 'CSV Ayu');
      expect(ayu?.weight).toBe(2.5);
      expect(ayu?.codAmount).toBe(1500000);
      expect(ayu?.phone).toBe('081234567890');
      expect(made.find((t) => t.customerName === 'CSV Rudi')?.weight).toBe(1.25);
    });
  });

  it('takes a paste from a spreadsheet; the row with an error is filtered, fixed and created', async () => {
    await withBrowser(undefined, async (page, browser) => {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openImport(page, 'Visit');
      const tsv =
        'Customer name\tAddress\tHub\nPaste Joko\tJl. Thamrin 1\tJakarta\nPaste Sri\tJl. Sudirman 2\tNowhere\n';
      await page.evaluate((text) => navigator.clipboard.writeText(text), tsv);
      await page.getByLabel('Paste cells from Excel or Google Sheets').focus();
      await page.keyboard.press('Control+V');
      await page.getByRole('heading', { name: 'Match the columns' }).waitFor();
      await page.getByRole('button', { name: 'Continue to the check' }).click();
      await page.getByText('Ready to create: 1. With errors: 1.').waitFor();
      await page.getByRole('checkbox', { name: 'Only rows with errors' }).check();
      expect(await page.getByRole('rowheader').allTextContents()).toEqual(['3']);
      await editCell(page, 'Nowhere', 'Jakarta');
      await page.getByRole('checkbox', { name: 'Only rows with errors' }).uncheck();
      await page.getByText('Ready to create: 2. With errors: 0.').waitFor();
      await page.getByRole('button', { name: 'Create tasks from the ready rows (2)' }).click();
      await page.getByText('Sent: 2 created, 0 refused.').waitFor();
      const names = (await tasksOnServer()).map((t) => (t as { field1?: string }).field1);
      expect(names).toEqual(expect.arrayContaining(['Paste Joko', 'Paste Sri']));
    });
  });
});

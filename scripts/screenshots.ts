// `npm run screenshots`: the README's pictures, taken from the built app on the demo organisation in
// Debian's Chromium (a desktop form, the created task, and the form on a phone). Run after `npm run build`.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
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
  await page.getByLabel('Address').fill('Jl. Medan Merdeka Barat 12, Gambir, Jakarta');
  await page.getByRole('textbox', { name: 'Location', exact: true }).fill('-6.1754, 106.8272');
  await page.getByRole('textbox', { name: 'Location', exact: true }).blur();
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

// What a person does first in the app, as browser steps shared by the journeys and the screenshot script.
import type { Page } from 'playwright-core';

/** Opens the app at `url` and connects with the demo account, as a first-time user would. */
export async function connectWithDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Use demo account' }).click();
  await page.getByRole('combobox', { name: 'Flow' }).waitFor();
}

/** Chooses a flow in the "Flow" combobox, as a person would, and waits for its form. */
export async function pickFlow(page: Page, name: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Flow' });
  await picker.fill(name);
  await page.getByRole('option', { name, exact: true }).click();
  await page.getByRole('heading', { name: `New task: ${name}` }).waitFor();
}

// Issue 9: the outbox and the connection screen without a network, and two rough edges of connecting.
// The built app and the real server (demo organisation), driven in Debian's Chromium.
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

const connectButton = (page: Page) => page.getByRole('button', { name: 'Connect', exact: true });

/** The organisation's tasks whose customer name is `customer`, read through the API. */
async function tasksFor(customer: string): Promise<Record<string, unknown>[]> {
  const res = await fetch(`${server.url}/api/v3/tasks?limit=1000`, {
    headers: { Authorization: `Bearer ${server.token}` },
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { tasks: { data: Record<string, unknown>[] } };
  return body.tasks.data.filter((t) => t.field1 === customer);
}

async function fillVisit(page: Page, customer: string): Promise<void> {
  await pickFlow(page, 'Visit');
  await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
  await page.getByLabel('Customer name').fill(customer);
  await page.getByLabel('Address', { exact: true }).fill('Gambir, Jakarta');
}

/** Until the service worker controls the page, a page cannot be opened offline (decision 024). */
async function workerInControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) =>
      navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
    );
  });
}

describe('the outbox without a connection', () => {
  it('(A, B) a tab reopened offline shows the waiting tasks, connects with the demo account, and sends them once online (390×844)', async () => {
    await withBrowser({ width: 390, height: 844 }, async (first, browser) => {
      const customer = `Reopened Offline ${Date.now()}`;
      await connectWithDemo(first, server.url);
      await workerInControl(first);
      await fillVisit(first, customer);
      await browser.context.setOffline(true);
      await first.waitForFunction(() => !navigator.onLine);
      await first.getByRole('button', { name: 'Create task' }).click();
      const firstOutbox = first.getByRole('region', { name: /^Outbox/ });
      await firstOutbox.getByRole('listitem').filter({ hasText: customer }).getByText('Waiting').waitFor();

      // The tab is discarded; the token was not remembered (it lived in that tab's sessionStorage).
      await first.close();
      const page = await browser.context.newPage();
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Connect to MileApp' }).waitFor();
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);

      // The screen says the device is offline, lists the task waiting here and says when it goes out.
      await page.getByRole('banner').getByText('Offline', { exact: true }).waitFor();
      await page.getByText('This device is offline. You can still connect').waitFor();
      const waiting = page.getByRole('region', { name: 'Waiting on this device (1)' });
      await waiting.waitFor();
      expect(await waiting.textContent()).toContain(customer);
      expect(await waiting.textContent()).toContain('They are sent once you connect');
      await screenshot(page, 'offline-outbox-a-phone-connection-screen-offline');
      expect(await seriousViolations(page), 'connection screen offline').toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      // The same ways to connect as online: the demo account, taken without a check.
      await page.getByRole('button', { name: 'Use demo account' }).click();
      await page.getByText('Connected without checking the token').waitFor();
      await page.getByText(/^Offline: showing the flows saved on this device at /).waitFor();
      const outbox = page.getByRole('region', { name: /^Outbox/ });
      const item = outbox.getByRole('listitem').filter({ hasText: customer });
      await item.getByText('Waiting', { exact: true }).waitFor();
      await screenshot(page, 'offline-outbox-a-phone-connected-offline');
      expect(await tasksFor(customer)).toHaveLength(0);

      // Online again: the token is checked, the task is sent once, the lists come fresh.
      await browser.context.setOffline(false);
      await page.waitForFunction(() => navigator.onLine);
      await item.getByText('Created', { exact: true }).waitFor({ timeout: 20_000 });
      await page.getByText('Connected without checking the token').waitFor({ state: 'detached' });
      await page.getByText(/^Offline: showing the flows saved/).waitFor({ state: 'detached' });
      expect(await page.getByRole('banner').getByText('Offline', { exact: true }).count()).toBe(0);
      await screenshot(page, 'offline-outbox-a-phone-sent');
      const tasks = await tasksFor(customer);
      expect(tasks).toHaveLength(1);
      expect(await item.textContent()).toContain(`Task ID ${String(tasks[0]?._id)}`);
    });
  });

  it('(C) a waiting task is cancelled or edited before it is sent, and Disconnect asks first (1280×800)', async () => {
    await withBrowser(undefined, async (page, browser) => {
      const stamp = Date.now();
      const [kept, cancelled] = [`Edited ${stamp}`, `Cancelled ${stamp}`];
      await connectWithDemo(page, server.url);
      await fillVisit(page, kept);
      await browser.context.setOffline(true);
      await page.waitForFunction(() => !navigator.onLine);
      await page.getByRole('button', { name: 'Create task' }).click();
      const outbox = page.getByRole('region', { name: /^Outbox/ });
      await outbox.getByText(kept, { exact: true }).waitFor();
      await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
      await page.getByLabel('Customer name').fill(cancelled);
      await page.getByRole('button', { name: 'Create task' }).click();
      await outbox.getByText(cancelled, { exact: true }).waitFor();

      await outbox.getByRole('button', { name: `Cancel: ${cancelled}` }).click();
      await outbox.getByRole('alertdialog').waitFor();
      expect(await seriousViolations(page), 'cancel prompt').toEqual([]);
      await outbox.getByRole('button', { name: 'Cancel the task' }).click();
      await outbox.getByText(cancelled, { exact: true }).waitFor({ state: 'detached' });

      await outbox.getByRole('button', { name: `Edit: ${kept}` }).click();
      await outbox.getByText('Being edited').waitFor();
      expect(await page.getByLabel('Customer name').inputValue()).toBe(kept);
      await page.getByLabel('Customer name').fill(`${kept} (changed)`);
      await screenshot(page, 'offline-outbox-c-desktop-editing');

      await page.getByRole('button', { name: 'Disconnect' }).click();
      const prompt = page.getByRole('alertdialog');
      await prompt.waitFor();
      expect(await prompt.textContent()).toContain('Tasks still waiting to be sent with this account: 1.');
      expect(await seriousViolations(page), 'disconnect prompt').toEqual([]);
      await page.getByRole('button', { name: 'Disconnect anyway' }).click();
      const waiting = page.getByRole('region', { name: 'Waiting on this device (1)' });
      await waiting.getByText('Being edited').waitFor();
      await screenshot(page, 'offline-outbox-c-desktop-connection-screen-offline');
      expect(await seriousViolations(page), 'connection screen offline, desktop').toEqual([]);

      // Connected again and online: the task taken into the form was never sent in the meantime.
      await browser.context.setOffline(false);
      await page.waitForFunction(() => navigator.onLine);
      await page.getByRole('button', { name: 'Use demo account' }).click();
      await page.getByRole('combobox', { name: 'Flow' }).waitFor();
      await page
        .getByRole('region', { name: /^Outbox/ })
        .getByText('Being edited')
        .waitFor();
      expect(await tasksFor(kept)).toHaveLength(0);
      expect(await tasksFor(cancelled)).toHaveLength(0);
    });
  });
});

describe('connecting', () => {
  it("(D) an API address this page's Content-Security-Policy refuses names CONNECT_ORIGINS", async () => {
    await withBrowser(undefined, async (page) => {
      await page.goto(server.url);
      // the server on 127.0.0.1 allows only itself (connect-src 'self'): localhost is another origin
      const elsewhere = `http://localhost:${server.port}`;
      await page.getByLabel('API base URL').fill(`${elsewhere}/api/v3`);
      await page.getByLabel('API token').fill(server.token);
      await connectButton(page).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain(`This page may not call ${elsewhere}`);
      expect(text).toContain('CONNECT_ORIGINS');
      expect(text).not.toContain('Cannot reach');
      await screenshot(page, 'offline-outbox-d-csp-refused');
    });
  });

  it('(E) "Use demo account" connects after the server refused a typed token, and after it refused the demo token', async () => {
    await withBrowser(undefined, async (page) => {
      await page.goto(server.url);
      await page.getByLabel('API token').fill('wrong-token-0123456789');
      await connectButton(page).click();
      await page.getByText('The server refused this API token').waitFor();
      await page.getByRole('button', { name: 'Use demo account' }).click();
      await page.getByRole('combobox', { name: 'Flow' }).waitFor();

      // The session's demo token is refused once (say the organisation file was being reloaded) ...
      await pickFlow(page, 'Visit');
      await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
      await page.getByLabel('Customer name').fill('Refused once');
      await page.getByLabel('Address', { exact: true }).fill('Gambir, Jakarta');
      const api = (url: URL) => url.pathname.startsWith('/api/v3/');
      await page.route(api, (route) =>
        route.fulfill({
          status: 401,
          contentType: 'application/json',
          body: '{"status":false,"message":"Unauthenticated."}',
        }),
      );
      await page.getByRole('button', { name: 'Create task' }).click();
      await page.getByRole('heading', { name: 'Connect to MileApp' }).waitFor();
      await page.unroute(api);
      // ... and works again: the same demo account connects, and the form is back as it was.
      await page.getByRole('button', { name: 'Use demo account' }).click();
      await page.getByRole('heading', { name: 'New task: Visit' }).waitFor({ timeout: 10_000 });
      expect(await page.getByLabel('Customer name').inputValue()).toBe('Refused once');
      expect(await page.getByRole('heading', { name: 'Connect to MileApp' }).count()).toBe(0);
    });
  });
});

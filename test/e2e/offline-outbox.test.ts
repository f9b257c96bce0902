// Issue 9: the outbox and the connection screen without a network, and two rough edges of connecting.
// The built app and the real server (demo organisation), driven in Debian's Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectWithDemo,
  pickFlow,
  screenshot,
  startServer,
  withBrowser,
  type RunningServer,
} from './harness';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const connectButton = (page: Page) => page.getByRole('button', { name: 'Connect', exact: true });

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
      await page.getByLabel('Address').fill('Gambir, Jakarta');
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

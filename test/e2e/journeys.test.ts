// The journeys of issue 3, in Debian's Chromium against the built app and the real server (demo organisation).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  connectWithDemo,
  pickFlow,
  screenshot,
  seriousViolations,
  serverForFile,
  startServer,
  withBrowser,
  type RunningServer,
} from './harness';

const DEMO_SEED = 'server/seed/demo-org.json';
interface SeedFile {
  organizations: { users: { email: string; status: string }[] }[];
}

const server = serverForFile();

async function pickAssignee(page: Page, query: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Assignee' });
  await box.fill(query);
  await page
    .getByRole('option', { name: new RegExp(query, 'i') })
    .first()
    .click();
}

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}/api/v3${path}`, {
    headers: { Authorization: `Bearer ${server.token}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

async function createdTaskId(page: Page): Promise<string> {
  await page.getByRole('heading', { name: 'Task created' }).waitFor();
  const id = await page
    .getByText(/^[0-9a-f]{24}$/)
    .first()
    .textContent();
  expect(id).toMatch(/^[0-9a-f]{24}$/);
  return id ?? '';
}

/** (a) and (f): a Visit whose location is placed by a click on the map. */
async function visitByMapClick(page: Page, shot: string): Promise<void> {
  await connectWithDemo(page, server.url);
  await pickFlow(page, 'Visit');
  await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
  await page.getByLabel('Customer name').fill('Jack Ward');
  await page.getByLabel('Address', { exact: true }).fill('Gambir, Jakarta');
  const map = page.getByRole('region', { name: 'Location map' });
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no size');
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.3);
  const location = page.getByRole('textbox', { name: 'Location', exact: true });
  await expect.poll(() => location.inputValue()).toMatch(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/);
  const clicked = await location.inputValue();
  const [lat, lng] = clicked.split(',').map(Number);
  // A click right of and above the centre (the Jakarta hub) lands north-east of it.
  expect(lat).toBeGreaterThan(-6.205154152722965);
  expect(lng).toBeGreaterThan(106.84667067970608);
  await screenshot(page, `${shot}-form`);
  await page.getByRole('button', { name: 'Create task' }).click();
  const id = await createdTaskId(page);
  await screenshot(page, `${shot}-created`);
  const { task } = await api<{ task: Record<string, unknown> }>(`/task/${id}`);
  expect(task.field3).toBe(clicked);
  expect(task.expectedCoordinate).toBe(clicked);
  expect(task.field1).toBe('Jack Ward');
  expect((task.hub as { name: string }).name).toBe('Jakarta');
}

describe('browser journeys', () => {
  it('(a) creates a Visit with a location picked on the map, and the API returns those coordinates', async () => {
    await withBrowser(undefined, (page) => visitByMapClick(page, 'a-visit-desktop'));
  });

  it('(f) does the same journey on a 390×844 phone screen without horizontal scrolling', async () => {
    await withBrowser({ width: 390, height: 844 }, async (page) => {
      await visitByMapClick(page, 'f-visit-phone');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  it('(b) creates a Delivery with its show/hide rule, a unit, a multi-select and two assignees', async () => {
    await withBrowser(undefined, async (page) => {
      await connectWithDemo(page, server.url);
      await pickFlow(page, 'Delivery');
      await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
      await pickAssignee(page, 'leandro@mile.app');
      await pickAssignee(page, 'Siti');
      await page.getByLabel('Customer name').fill('Ayu Lestari');
      await page.getByLabel('Delivery address').fill('Jl. Merdeka 1, Jakarta');
      await page.getByRole('textbox', { name: 'Weight', exact: true }).fill('12.5');
      await page.getByLabel('Weight unit').selectOption('LB');
      await page.getByLabel('Customer phone').fill('+62 811-6313-7712');
      await page.getByLabel('Tracking link').fill('https://example.com/track/42');
      await page.getByLabel('COD amount (IDR)').fill('150000');
      await page.getByLabel('Delivery date').fill('2026-12-01');
      await page.getByLabel('Ready for pickup at').fill('2026-12-01T09:30');
      await page.getByLabel('Opening time').fill('08:30');
      await page.getByRole('textbox', { name: 'Drop point', exact: true }).fill('-6.1753924, 106.8271528');
      await page.getByLabel('Receiver name').fill('Pak Budi');
      await page.getByRole('checkbox', { name: 'Fragile' }).check();
      await page.getByRole('checkbox', { name: 'Express' }).check();
      // The Locker option fills in "Locker code" and hides "Receiver name".
      await expect.poll(() => page.getByLabel('Locker code').count()).toBe(0);
      await page.getByLabel('Delivery type').selectOption('Locker');
      await page.getByLabel('Locker code').fill('LK-042');
      await expect.poll(() => page.getByLabel('Receiver name').count()).toBe(0);
      // "show" displays a component read-only, here with its default.
      const note = page.getByLabel('Locker instructions');
      expect(await note.getAttribute('readonly')).not.toBeNull();
      expect(await note.inputValue()).toBe('The receiver gets the locker PIN by SMS.');
      // The view component shows another field's live value.
      expect(await page.getByLabel('Summary').inputValue()).toBe('Ayu Lestari');
      await screenshot(page, 'b-delivery-form');
      await page.getByRole('button', { name: 'Create task' }).click();
      const id = await createdTaskId(page);
      await screenshot(page, 'b-delivery-created');
      const { task } = await api<{ task: Record<string, unknown> }>(`/task/${id}`);
      expect(task).toMatchObject({
        flow: 'Delivery',
        status: 'ONGOING',
        customerName: 'Ayu Lestari',
        weight: 12.5,
        weight_unit: 'LB',
        services: ['Fragile', 'Express'],
        deliveryType: 'Locker',
        lockerCode: 'LK-042',
        source: 'task-composer',
        phone: '+62 811-6313-7712',
        trackingUrl: 'https://example.com/track/42',
        codAmount: 150000,
        deliveryDate: '2026-12-01',
        openTime: '08:30',
        dropPoint: '-6.1753924,106.8271528',
        expectedCoordinate: '-6.1753924,106.8271528',
        title: 'Ayu Lestari',
        label: 'Locker',
      });
      expect(task.readyAt).toMatch(/^2026-12-01[ T]09:30/);
      // Every value is shown under its title on the result screen.
      const result = page.getByRole('main');
      for (const text of ['+62 811-6313-7712', 'https://example.com/track/42', 'LK-042', 'Fragile'])
        expect(await result.getByText(text, { exact: false }).count(), text).toBeGreaterThan(0);
      expect(task).not.toHaveProperty('receiverName');
      // …and a field the Locker rule hid is not listed there at all.
      expect(await result.getByText('Receiver name', { exact: true }).count()).toBe(0);
      expect([...(task.assignee as string[])].sort()).toEqual([
        'leandro@mile.app',
        'siti.rahmawati@example.com',
      ]);
    });
  });

  it('(c) shows a server-side 400 at its field and keeps the form', async () => {
    // Its own server: Leandro is made inactive by reloading the organisation file after the form has
    // offered him, so only the server can know, as when an admin changes a user during a dispatcher's shift.
    const own = await startServer();
    let restarted: RunningServer | undefined;
    try {
      await withBrowser(undefined, async (page) => {
        await connectWithDemo(page, own.url);
        await pickFlow(page, 'Visit');
        await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
        await pickAssignee(page, 'leandro@mile.app');
        await page.getByLabel('Customer name').fill('Jack Ward');
        const seed = JSON.parse(readFileSync(DEMO_SEED, 'utf8')) as SeedFile;
        for (const user of seed.organizations[0]?.users ?? [])
          if (user.email === 'leandro@mile.app') user.status = 'inactive';
        const seedPath = join(own.dir, 'seed.json');
        writeFileSync(seedPath, JSON.stringify(seed));
        await own.stop({ keep: true });
        restarted = await startServer({ SEED: seedPath }, { port: own.port, dir: own.dir });
        await page.getByRole('button', { name: 'Create task' }).click();
        const assignee = page.getByRole('combobox', { name: 'Assignee' });
        await expect.poll(() => assignee.getAttribute('aria-invalid')).toBe('true');
        const describedBy = (await assignee.getAttribute('aria-describedby')) ?? '';
        const messages = await Promise.all(
          describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()),
        );
        expect(messages.join(' ')).toMatch(/leandro@mile\.app/i);
        expect(await page.getByLabel('Customer name').inputValue()).toBe('Jack Ward');
        await screenshot(page, 'c-server-400');
      });
      const list = await fetch(`${own.url}/api/v3/tasks`, {
        headers: { Authorization: `Bearer ${own.token}` },
      });
      expect(((await list.json()) as { tasks: { total: number } }).tasks.total).toBe(0);
    } finally {
      await (restarted ?? own).stop();
    }
  });

  it('(d) restores the draft after a reload mid-form', async () => {
    await withBrowser(undefined, async (page) => {
      await connectWithDemo(page, server.url);
      await pickFlow(page, 'Pickup');
      await page.getByLabel('Requester name').fill('Loid Forger');
      await page.getByLabel('Requester phone').fill('081163137712');
      await page.getByLabel('Package type').selectOption('Medicine');
      await page.getByText(/Draft saved/).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'New task: Pickup' }).waitFor();
      await expect.poll(() => page.getByLabel('Requester name').inputValue()).toBe('Loid Forger');
      expect(await page.getByLabel('Requester phone').inputValue()).toBe('081163137712');
      expect(await page.getByLabel('Package type').inputValue()).toBe('Medicine');
      await screenshot(page, 'd-draft-restored');
    });
  });

  it('(e) has no serious or critical axe violation on any screen', async () => {
    await withBrowser(undefined, async (page) => {
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Use demo account' }).waitFor();
      expect(await seriousViolations(page), 'connection screen').toEqual([]);
      await page.getByRole('button', { name: 'Use demo account' }).click();
      await pickFlow(page, 'Delivery');
      await page.getByRole('region', { name: 'Drop point map' }).waitFor();
      expect(await seriousViolations(page), 'Delivery form').toEqual([]);
      await page.getByRole('button', { name: 'Create task' }).click();
      await page.getByLabel('Customer name').and(page.locator(':focus')).waitFor();
      expect(await seriousViolations(page), 'form with errors').toEqual([]);
      await pickFlow(page, 'Visit');
      await page.getByRole('combobox', { name: 'Hub' }).selectOption({ label: 'Jakarta' });
      await page.getByLabel('Customer name').fill('Axe check');
      await page.getByRole('button', { name: 'Create task' }).click();
      await createdTaskId(page);
      expect(await seriousViolations(page), 'result screen').toEqual([]);
      await screenshot(page, 'e-result');
    });
  });
});

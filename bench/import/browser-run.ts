// One import of the benchmark's spreadsheet in Debian's Chromium against the built app and the real server:
// the file chosen, the columns matched, every row checked; on the last round also edits in the grid,
// scrolling it, and creating the 10,000 tasks. Times are taken inside the page (bench/import/probe.ts).
import type { Page } from 'playwright-core';
import { connectWithDemo, pickFlow } from '../../test/support/app-page';
import { launchChromium } from '../../test/support/chromium';
import type { ServerProcess } from '../../test/support/server-process';
import { PROBE, type EditSample, type FrameLog, type LongTask, type Timed } from './probe';
import { FLOW, ROWS, type ImportSheet } from './sheet';

const n = (x: number) => x.toLocaleString('en-US');
const COUNTS = '.import-counts';
const STEP_HEADING = 'h2.import-step-heading';
const GRID_ROWS = '.grid-box tbody tr[role=row]';
/** 10 cells made wrong and right again: each edit changes the counts line. */
export const EDITS = 20;
/** after each edit: a person's pace, and time for the debounced save (400 ms) to run between edits */
export const EDIT_PAUSE_MS = 800;
export const WHEEL_EVENTS = 120;
export const WHEEL_PX = 240;

export interface RoundResult {
  parse: Timed;
  check: Timed;
  /** every long task of the page, from its start */
  longTasks: LongTask[];
  /** Chromium's */
  version: string;
}

export interface FullResult extends RoundResult {
  edits: EditSample[];
  editWindow: [number, number];
  rowsAt: { top: number; middle: number; end: number; lastLine: string };
  scroll: FrameLog & { window: [number, number]; scrolledPx: number };
  create: Timed;
  /** the JSON bodies of the page's POST /tasks/bulk/ requests, in order */
  bodies: string[];
}

const call = <T>(page: Page, expr: string) => page.evaluate(expr) as Promise<T>;

async function openImport(page: Page, server: ServerProcess, sheet: ImportSheet): Promise<void> {
  await page.addInitScript(PROBE);
  await connectWithDemo(page, server.url);
  await pickFlow(page, FLOW);
  await page.getByRole('button', { name: 'Import many tasks' }).click();
  // the template buttons are enabled once the hubs and users the rows are checked against are in
  await page.getByRole('button', { name: 'Download the Excel template (.xlsx)' }).waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('button')].some(
      (b) => b.textContent?.includes('Type the rows in an empty grid') && !b.disabled,
    ),
  );
  // The bytes go into the page before the clock starts, so the driver's transfer is not timed.
  const b64 = sheet.xlsx.toString('base64');
  await page.evaluate(
    ([data, name]) =>
      (window as unknown as { __imp: { takeFile(d: string, n: string, t: string): number } }).__imp.takeFile(
        data,
        name,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ),
    [b64, 'pesanan-10000.xlsx'] as const,
  );
  await page.waitForTimeout(500);
}

async function parseAndCheck(page: Page): Promise<{ parse: Timed; check: Timed }> {
  const parse = await call<Timed>(
    page,
    `window.__imp.chooseFile(${JSON.stringify(STEP_HEADING)}, '^Match the columns$')`,
  );
  const counts = `^Ready to create: ${n(ROWS)}\\. With errors: 0\\.`;
  const check = await call<Timed>(
    page,
    `window.__imp.clickButton('Continue to the check', ${JSON.stringify(COUNTS)}, ${JSON.stringify(counts)})`,
  );
  return { parse, check };
}

/** Parse and check only, in a fresh browser: a round whose figures are medianed with the others. */
export async function importRound(server: ServerProcess, sheet: ImportSheet): Promise<RoundResult> {
  const browser = await launchChromium();
  try {
    await openImport(browser.page, server, sheet);
    const { parse, check } = await parseAndCheck(browser.page);
    await browser.page.waitForTimeout(300);
    const longTasks = await call<LongTask[]>(browser.page, 'window.__imp.longTasks()');
    return { parse, check, longTasks, version: browser.version };
  } finally {
    await browser.close();
  }
}

async function edit(page: Page, row: number, col: number, text: string): Promise<void> {
  await page.locator(`[data-pos="${row}:${col}"]`).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(EDIT_PAUSE_MS);
}

async function editCells(page: Page, weightColumn: number): Promise<EditSample[]> {
  await call(page, `window.__imp.armEdits(${JSON.stringify(COUNTS)})`);
  const col = weightColumn + 2; // the row number and status come first
  for (let i = 0; i < EDITS / 2; i++) {
    await edit(page, i, col, 'abc');
    await edit(page, i, col, String(2 + i / 10));
  }
  const samples = await call<EditSample[]>(page, 'window.__imp.stopEdits()');
  if (samples.length !== EDITS) throw new Error(`${samples.length} of ${EDITS} edits changed the counts`);
  return samples;
}

const gridRows = (page: Page) => page.evaluate((sel) => document.querySelectorAll(sel).length, GRID_ROWS);

async function scrollTo(page: Page, where: 'middle' | 'end' | 'top'): Promise<number> {
  await page.evaluate((w) => {
    const box = document.querySelector('.grid-box')!;
    box.scrollTop = w === 'top' ? 0 : w === 'middle' ? box.scrollHeight / 2 : box.scrollHeight;
  }, where);
  await page.waitForTimeout(300);
  return gridRows(page);
}

async function scrollGrid(page: Page): Promise<Pick<FullResult, 'rowsAt' | 'scroll'>> {
  const top = await gridRows(page);
  const middle = await scrollTo(page, 'middle');
  const end = await scrollTo(page, 'end');
  const lastLine = (await page.getByRole('rowheader').last().textContent()) ?? '';
  await scrollTo(page, 'top');
  const box = await page.locator('.grid-box').boundingBox();
  if (!box) throw new Error('the grid box is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const from = await call<number>(page, 'window.__imp.now()');
  await call(page, `window.__imp.startFrames(${JSON.stringify(GRID_ROWS)})`);
  for (let i = 0; i < WHEEL_EVENTS; i++) await page.mouse.wheel(0, WHEEL_PX);
  await page.waitForTimeout(300);
  const frames = await call<FrameLog>(page, 'window.__imp.stopFrames()');
  const to = await call<number>(page, 'window.__imp.now()');
  const scrolledPx = await page.evaluate(() => document.querySelector('.grid-box')!.scrollTop);
  await scrollTo(page, 'top');
  return { rowsAt: { top, middle, end, lastLine }, scroll: { ...frames, window: [from, to], scrolledPx } };
}

/** The whole import in a fresh browser: parse, check, edits, scrolling, then creating every row. */
export async function fullImport(server: ServerProcess, sheet: ImportSheet): Promise<FullResult> {
  const browser = await launchChromium();
  const page = browser.page;
  const bodies: string[] = [];
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().includes('/api/v3/tasks/bulk'))
      bodies.push(req.postData() ?? '');
  });
  try {
    await openImport(page, server, sheet);
    const { parse, check } = await parseAndCheck(page);
    await page.waitForTimeout(1000); // the debounced save of the checked session
    const editFrom = await call<number>(page, 'window.__imp.now()');
    const edits = await editCells(page, sheet.targets.indexOf('weight'));
    const editTo = await call<number>(page, 'window.__imp.now()');
    const grid = await scrollGrid(page);
    await page.waitForTimeout(1000);
    const create = await call<Timed>(
      page,
      `window.__imp.clickButton('Create tasks from the ready rows (${n(ROWS)})', '.import-review', 'All ${n(ROWS)} tasks are created\\.')`,
    );
    await page.waitForTimeout(300);
    const longTasks = await call<LongTask[]>(page, 'window.__imp.longTasks()');
    return {
      parse,
      check,
      longTasks,
      version: browser.version,
      edits,
      editWindow: [editFrom, editTo],
      ...grid,
      create,
      bodies,
    };
  } finally {
    await browser.close();
  }
}

// How the driver works each bench page: where the last field is, how to mount the 300-field form and
// take it away again, and where a typed value ends up.
import type { Page } from 'playwright-core';
import { FLOW_300_NAME, SMALL_FLOW_NAME, benchField, FIELD_COUNT } from '../flow-300';

export type PageName = 'plain' | 'rjsf' | 'jsonforms' | 'ours';

export interface BenchPage {
  name: PageName;
  label: string;
  /** CSS selector of the last of the 300 fields */
  lastField: string;
  ready(page: Page): Promise<void>;
  /** clicks whatever shows the 300-field form; the click is what the mount time counts from */
  show(page: Page): Promise<void>;
  /** everything before that click which must not be timed (opening the flow picker) */
  beforeShow?(page: Page): Promise<void>;
  hide(page: Page): Promise<void>;
  /** made live before typing (ours: the request preview is opened) */
  beforeTyping?(page: Page): Promise<void>;
  /** the value the form holds for a field after typing: the control's value, or what it would send */
  heldValue(page: Page, title: string, id: string): Promise<string>;
}

const LAST = benchField(FIELD_COUNT - 1);

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

function library(name: PageName, label: string, lastField: string): BenchPage {
  return {
    name,
    label,
    lastField,
    ready: (page) => page.getByRole('button', { name: 'Show form' }).waitFor(),
    show: (page) => button(page, 'Show form'),
    async hide(page) {
      await button(page, 'Hide form');
      await page.locator(lastField).waitFor({ state: 'detached' });
    },
    heldValue: (page, title) => page.getByLabel(title).first().inputValue(),
  };
}

async function pickFlow(page: Page, name: string): Promise<void> {
  await page.getByRole('option', { name, exact: true }).click();
}

const ours: BenchPage = {
  name: 'ours',
  label: 'Task Composer (ours)',
  lastField: `[name="v.f${FIELD_COUNT - 1}"]`,
  ready: (page) => page.getByRole('combobox', { name: 'Flow' }).waitFor(),
  async beforeShow(page) {
    await page.getByRole('combobox', { name: 'Flow' }).click();
    await page.getByRole('option', { name: FLOW_300_NAME, exact: true }).waitFor();
  },
  show: (page) => pickFlow(page, FLOW_300_NAME),
  async hide(page) {
    await page.getByRole('combobox', { name: 'Flow' }).click();
    await pickFlow(page, SMALL_FLOW_NAME);
    await page.locator(ours.lastField).waitFor({ state: 'detached' });
  },
  async beforeTyping(page) {
    // Draft autosave and onSelect rules are always on; the request preview follows the form once opened.
    await page.getByText('Preview request', { exact: true }).click();
    await page.getByRole('textbox', { name: 'JSON body' }).waitFor();
  },
  async heldValue(page, _title, id) {
    // What the form would send: the request preview's JSON body, after its short delay.
    await page.waitForTimeout(400);
    const json = await page.getByRole('textbox', { name: 'JSON body' }).inputValue();
    const value = (JSON.parse(json) as Record<string, unknown>)[id];
    return typeof value === 'string' ? value : '';
  },
};

export const BENCH_PAGES: readonly BenchPage[] = [
  library('plain', 'plain HTML (floor)', `#${LAST.id}`),
  library('rjsf', 'react-jsonschema-form', `#root_${LAST.id}`),
  library('jsonforms', 'JSON Forms (vanilla)', `[id^="#/properties/${LAST.id}"]`),
  ours,
];

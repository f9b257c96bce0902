// The two browser measurements, the same for every page: mount time of the 300-field form and the cost
// of key presses (see bench/pages/instrument.ts for what is timed inside the page).
import type { CDPSession, Page } from 'playwright-core';
import { TEXT_FIELDS } from '../flow-300';
import type { KeySample, MountSample } from '../pages/instrument';
import type { BenchPage } from './pages';

export const MOUNT_RUNS = 7;
/** 60 text fields spread over the whole form × 4 keys = 240 key presses */
export const TYPED_FIELDS = TEXT_FIELDS.filter((_, i) => i % 2 === 0);
export const KEYS_PER_FIELD = 4;
/** after each key press: a fast typist, not a machine */
export const PAUSE_MS = 50;
/** after every tenth field: long enough for the draft autosave (600 ms) and the preview (250 ms) to run */
export const LONG_PAUSE_MS = 700;
export const BURST = 'The quick brown fox jumps over the lazy dog while typing fast 0123456789';

const evaluate = <T>(page: Page, expr: string) => page.evaluate(expr) as Promise<T>;

/** One mount of the 300-field form: from the click that shows it to its last field present. */
export async function mountOnce(page: Page, p: BenchPage): Promise<MountSample> {
  await p.beforeShow?.(page);
  await evaluate(page, `window.__bench.armMount(${JSON.stringify(p.lastField)})`);
  await p.show(page);
  await page.waitForFunction('window.__bench.mountResult() !== null', undefined, { timeout: 30_000 });
  return evaluate<MountSample>(page, 'window.__bench.mountResult()');
}

export const startTyping = (page: Page) => evaluate<void>(page, 'window.__bench.startTyping()');
export const stopTyping = (page: Page) => evaluate<KeySample[]>(page, 'window.__bench.stopTyping()');

/** Field `i` of TYPED_FIELDS: click into it, then KEYS_PER_FIELD letters, PAUSE_MS after each. */
export async function typeField(page: Page, i: number): Promise<void> {
  const field = TYPED_FIELDS[i]!;
  await page.getByLabel(field.title).first().click();
  for (let k = 0; k < KEYS_PER_FIELD; k++) {
    await page.keyboard.press(String.fromCharCode(97 + ((i * KEYS_PER_FIELD + k) % 26)));
    await page.waitForTimeout(PAUSE_MS);
  }
}

function keyEvents(cdp: CDPSession, ch: string): Promise<unknown>[] {
  const upper = ch.toUpperCase();
  const code = /[a-z]/i.test(ch) ? `Key${upper}` : /\d/.test(ch) ? `Digit${ch}` : ch === ' ' ? 'Space' : '';
  const vk = ch === ' ' ? 32 : upper.charCodeAt(0);
  const base = { key: ch, code, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk };
  return [
    cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: ch, unmodifiedText: ch, ...base }),
    cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base }),
  ];
}

export interface BurstResult {
  typed: number;
  kept: number;
  intact: boolean;
  /** characters per second at which the key events were sent */
  rate: number;
}

/** Back-to-back typing: every key event sent at once, none awaited, then what the form holds is read. */
export async function burst(page: Page, p: BenchPage): Promise<BurstResult> {
  const field = TEXT_FIELDS[TEXT_FIELDS.length - 1]!;
  await page.getByLabel(field.title).first().click();
  const cdp = await page.context().newCDPSession(page);
  const start = performance.now();
  await Promise.all([...BURST].flatMap((ch) => keyEvents(cdp, ch)));
  const seconds = (performance.now() - start) / 1000;
  await cdp.detach();
  await page.waitForTimeout(1000);
  const held = await p.heldValue(page, field.title, field.id);
  let kept = 0;
  while (kept < held.length && kept < BURST.length && held[kept] === BURST[kept]) kept++;
  return { typed: BURST.length, kept, intact: held === BURST, rate: BURST.length / seconds };
}

// `npm run icons`: the web app manifest's PNG icons (public/icons/), rendered by Debian's Chromium from
// public/favicon.svg so the home-screen icon and the tab's icon are one drawing. Run after changing it;
// the PNGs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../test/support/chromium';

const OUT = resolve('public/icons');
const SOURCE = readFileSync(resolve('public/favicon.svg'), 'utf8');
/** Square corners: a maskable icon fills the whole canvas (the launcher cuts its own shape), and the check
 * mark already sits well inside the safe circle of 80 %. */
const FULL_BLEED = SOURCE.replace(/ rx="[^"]*"/, '');

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: SOURCE },
  { file: 'icon-512.png', size: 512, svg: SOURCE },
  { file: 'maskable-192.png', size: 192, svg: FULL_BLEED },
  { file: 'maskable-512.png', size: 512, svg: FULL_BLEED },
  // iOS rounds the corners itself and ignores the manifest's icons.
  { file: 'apple-touch-icon.png', size: 180, svg: FULL_BLEED },
];

async function main(): Promise<void> {
  if (FULL_BLEED === SOURCE) throw new Error('public/favicon.svg has no rounded rect (rx) to square off');
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = browser.page;
    for (const { file, size, svg } of ICONS) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<body style="margin:0">${sized}</body>`);
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      writeFileSync(resolve(OUT, file), png);
      console.log(`${file} ${size}×${size} ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

await main();

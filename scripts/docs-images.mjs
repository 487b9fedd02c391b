// Makes the README's pictures from the production build: screenshots at 1440×900 (light, dark) and 390×844, and the
// article's first chart exported as PNG and SVG through its own Export menu. Serve the build first (npm run preview),
// then: BASE_URL=http://localhost:4173/ node scripts/docs-images.mjs
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_FLAGS } from './chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4173/';
const out = process.env.OUT_DIR ?? 'docs';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });

for (const [name, viewport, colorScheme] of [
  ['screenshot', { width: 1440, height: 900 }, 'light'],
  ['screenshot-dark', { width: 1440, height: 900 }, 'dark'],
  ['screenshot-phone', { width: 390, height: 844 }, 'light'],
]) {
  const page = await browser.newPage({ viewport, colorScheme });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  await page.goto(base);
  await page.locator('figure path.mark').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}

const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
await page.goto(base);
const chart = page.getByRole('figure', { name: 'MMLU vs parameters' });
await chart.locator('path.mark').first().waitFor();
await chart.getByRole('button', { name: 'Export' }).click();
for (const kind of ['PNG', 'SVG']) {
  const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: `Download ${kind}` }).click()]);
  await download.saveAs(`${out}/export-example.${kind.toLowerCase()}`);
  console.log(`${download.suggestedFilename()} → ${out}/export-example.${kind.toLowerCase()}`);
}
await browser.close();

// Screenshots of the import dialog's mapping and review steps for a file, light and dark, for a human to look at:
// node scripts/screenshot-import.mjs <file> [out-prefix]   (against a running `vite preview`, BASE_URL)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_FLAGS } from './chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4173/';
const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/screenshot-import.mjs <file> [out-prefix]');
const prefix = process.argv[3] ?? `/tmp/import-${basename(file).replace(/\.[^.]*$/, '')}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme: scheme });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  await page.goto(base);
  await page.waitForSelector('[aria-label="Models"]');
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Data file').setInputFiles({ name: basename(file), mimeType: 'text/csv', buffer: readFileSync(file) });
  await dialog.getByRole('button', { name: /^Check all/ }).waitFor();
  await page.waitForTimeout(200);
  await dialog.screenshot({ path: `${prefix}-mapping-${scheme}.png` });
  const check = dialog.getByRole('button', { name: /^Check all/ });
  if (await check.isEnabled()) {
    await check.click();
    await dialog.getByRole('radio', { name: 'Load as a new dataset' }).check();
    await dialog.getByRole('button', { name: /^Import .* valid rows/ }).waitFor();
    await page.waitForTimeout(300);
    await dialog.screenshot({ path: `${prefix}-review-${scheme}.png` });
  }
  await page.close();
}
await browser.close();
console.log(`ok: ${prefix}-*.png`);

// Takes screenshots of the production build for a human to look at: node scripts/screenshot.ts [url-suffix] [out-prefix]
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_FLAGS } from './chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4173/';
const suffix = process.argv[2] ?? '';
const prefix = process.argv[3] ?? '/tmp/shot';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
for (const [name, viewport, scheme] of [
  ['desktop-light', { width: 1440, height: 900 }, 'light'],
  ['desktop-dark', { width: 1440, height: 900 }, 'dark'],
  ['phone-light', { width: 390, height: 844 }, 'light'],
  ['phone-dark', { width: 390, height: 844 }, 'dark'],
]) {
  const page = await browser.newPage({ viewport, colorScheme: scheme });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
  await page.goto(base + suffix);
  await page.waitForSelector('[aria-label="Models"]');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${prefix}-${name}.png`, fullPage: process.env.FULL === '1' });
  await page.close();
}
await browser.close();
console.log('ok');

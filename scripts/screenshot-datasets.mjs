// Screenshots of the built-in datasets for a human to look at: the picker while the leaderboard's file downloads
// (network slowed), the leaderboard open, its notes, and a failed download; light and dark.
// Serve the build first (npx vite preview); BASE_URL defaults to http://localhost:4173/.
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_FLAGS } from './chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4173/';
const prefix = process.argv[2] ?? '/tmp/datasets';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });

for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  await page.goto(base);
  await page.waitForSelector('[aria-label="Models"]');
  // About 200 kB/s: the 280 kB file takes over a second, long enough to see the bar move.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 200 * 1024, uploadThroughput: 200 * 1024 });
  await page.getByLabel('Dataset').selectOption({ label: 'Open LLM Leaderboard v1 (archived 2024)' });
  await page.waitForFunction(() => Number(document.querySelector('.dataset-progress progress')?.getAttribute('value') ?? 0) > 0.3);
  await page.screenshot({ path: `${prefix}-progress-${scheme}.png` });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.waitForFunction(() => document.querySelector('.count-line output')?.textContent?.includes('6,797'), null, { timeout: 30000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${prefix}-leaderboard-${scheme}.png` });
  await page.getByText(/About this dataset/).click();
  await page.screenshot({ path: `${prefix}-notes-${scheme}.png`, clip: { x: 0, y: 0, width: 1440, height: 520 } });
  await page.close();
}

const failing = await browser.newPage({ viewport: { width: 1440, height: 700 }, colorScheme: 'light' });
await failing.route('**/data/*.json.gz', (route) => route.fulfill({ status: 404, body: 'not found' }));
await failing.goto(base);
await failing.waitForSelector('[aria-label="Models"]');
await failing.getByLabel('Dataset').selectOption({ label: 'Epoch AI notable language models (Dec 2024)' });
await failing.getByRole('alert').waitFor();
await failing.screenshot({ path: `${prefix}-failed-light.png`, clip: { x: 0, y: 0, width: 1440, height: 400 } });
await browser.close();
console.log('ok');

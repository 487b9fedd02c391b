// Issue 24: one colour per organisation in every view, and every mark at 3:1 against the chart in both themes.
import { expect, test } from '@playwright/test';
import { figure, legendColours, mergeCsv, openDataset } from './charts-helpers';

test('an organisation keeps its colour across datasets, an import merged in, and the theme', async ({ page }) => {
  await page.goto('/');
  const article = await legendColours(page, 'GSM8K vs MMLU');
  expect(Object.keys(article)).toEqual(expect.arrayContaining(['OpenAI', 'Anthropic', 'Google', 'DeepSeek']));
  await openDataset(page, 'Extended (27 models)');
  const extended = await legendColours(page, 'GSM8K vs MMLU');
  for (const [org, colour] of Object.entries(article)) expect(extended[org], org).toBe(colour);
  await mergeCsv(page, 'three.csv', 'Model,Organization,Parameters,MMLU,GSM8K\nNew A,Acme Labs,9B,61,55\nNew B,Zeta AI,12B,63,58\nNew C,OpenAI,20B,70,66', 3);
  await expect(figure(page, 'GSM8K vs MMLU').getByRole('button', { name: 'Acme Labs' })).toBeVisible();
  const merged = await legendColours(page, 'GSM8K vs MMLU');
  for (const [org, colour] of Object.entries(extended)) expect(merged[org], org).toBe(colour);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(246, 247, 249)');
  expect(await legendColours(page, 'GSM8K vs MMLU')).toEqual(merged);
});

test('every mark reads at 3:1 or more against the chart background, light and dark', async ({ page }) => {
  await page.goto('/?v=1&d=extended');
  await expect(page.locator('figure path.mark').first()).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const worst = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const ratio = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x! + 0.05) / (y! + 0.05); };
      let min = Infinity;
      for (const mark of document.querySelectorAll<SVGPathElement>('figure path.mark')) {
        const background = getComputedStyle(mark.closest('figure')!).backgroundColor;
        min = Math.min(min, ratio(getComputedStyle(mark).stroke, background));
      }
      return min;
    });
    expect(worst, scheme).toBeGreaterThanOrEqual(3);
  }
});

// Issue 24: labels by priority (selected, hovered, frontier, extremes, then the rest while they fit), never outside
// the plot area or over the axis text, on screen and in exports alike.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { figure, plotArea } from './charts-helpers';

/** Every label of a chart, with its box in page pixels. */
const labels = (page: Page, title: string) => figure(page, title).locator('text.point-label').evaluateAll((ts) => ts.map((t) => {
  const b = t.getBoundingClientRect();
  return { text: t.textContent ?? '', x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
}));

test('the frontier and the extremes are labelled: Llama 3.1 405B on Extended\'s GSM8K vs MMLU', async ({ page }) => {
  await page.goto('/?v=1&d=extended');
  const chart = figure(page, 'GSM8K vs MMLU');
  await expect(chart.locator('text.point-label', { hasText: 'Llama 3.1 405B Instruct' })).toHaveCount(1);
  const texts = (await labels(page, 'GSM8K vs MMLU')).map((l) => l.text);
  // The extremes: lowest MMLU (Mistral Small) and lowest GSM8K.
  expect(texts).toEqual(expect.arrayContaining(['Mistral Small', 'Llama 3.1 405B Instruct']));
});

for (const dataset of ['great-gpu-race', 'extended']) {
  test(`no label leaves its plot area, runs over an axis's text or over another label (${dataset})`, async ({ page }) => {
    await page.goto(dataset === 'extended' ? '/?v=1&d=extended' : '/');
    await expect(page.getByRole('figure')).toHaveCount(3);
    for (const title of await page.getByRole('figure').evaluateAll((fs) => fs.map((f) => f.querySelector('h3')?.textContent ?? ''))) {
      const area = await plotArea(page, title);
      const own = await labels(page, title);
      expect(own.length, title).toBeGreaterThan(2);
      const ticks = await figure(page, title).locator('.recharts-cartesian-axis-tick-value').evaluateAll((ts) => ts.map((t) => {
        const b = t.getBoundingClientRect();
        return { x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
      }));
      const meets = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      for (const [i, l] of own.entries()) {
        expect(l.x0 >= area.x - 1 && l.x1 <= area.x + area.width + 1 && l.y0 >= area.y - 1 && l.y1 <= area.y + area.height + 1, `${title}: ${l.text}`).toBe(true);
        expect(ticks.some((t) => meets(l, t)), `${title}: ${l.text} over a tick label`).toBe(false);
        expect(own.slice(i + 1).some((o) => meets(l, o)), `${title}: ${l.text} over a label`).toBe(false);
      }
    }
  });
}

test('a selected point is always labelled, and an export keeps its labels inside the plot', async ({ page }) => {
  await page.goto('/?v=1&d=extended');
  const chart = figure(page, 'MMLU vs parameters');
  await chart.getByRole('option', { name: /^Qwen2\.5 72B — / }).click();
  await expect(chart.locator('text.point-label-selected')).toHaveText('Qwen2.5 72B');
  await chart.getByRole('button', { name: 'Export' }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download SVG' }).click()]);
  const svg = await readFile((await dl.path())!, 'utf8');
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const result = await page.evaluate(() => {
    const plot = document.querySelector('svg svg rect.plot-focus')!.getBoundingClientRect();
    const boxes = [...document.querySelectorAll('svg svg text.point-label')].map((t) => t.getBoundingClientRect());
    return { count: boxes.length, outside: boxes.filter((b) => b.left < plot.left - 1 || b.right > plot.right + 1 || b.top < plot.top - 1 || b.bottom > plot.bottom + 1).length };
  });
  expect(result.count).toBeGreaterThan(3);
  expect(result.outside).toBe(0);
});

// Issue 24: empty and edge states. Nothing plotted says so in each chart with the way back; percent axes stay within
// 0–100%; every cost tier holding a model keeps its label; X and Y differ; "Add chart" proposes a new pair; each
// dataset opens on charts that plot most of its models.
import { expect, test } from '@playwright/test';
import { figure, points } from './charts-helpers';

const TITLES = ['MMLU vs parameters', 'GSM8K vs MMLU', 'MMLU vs inference cost'];

test('with no tier ticked, every chart says "No models match these filters" and offers "Reset filters"', async ({ page }) => {
  await page.goto('/');
  for (const tier of ['Lowest (1)', 'Very Low (1)', 'Medium-Low (1)', 'Medium (1)', 'High (2)']) await page.getByRole('checkbox', { name: tier }).uncheck();
  for (const title of TITLES) {
    const chart = figure(page, title);
    await expect(chart).toContainText('No models match these filters.');
    await expect(chart.locator('.recharts-surface')).toHaveCount(0);
    await expect(chart).not.toContainText('Not plotted');
  }
  await figure(page, 'GSM8K vs MMLU').getByRole('button', { name: 'Reset filters' }).click();
  await expect(points(page, 'GSM8K vs MMLU')).toHaveCount(6);
});

test('a percent axis never goes past 100%', async ({ page }) => {
  await page.goto('/?v=1&d=extended');
  await expect(points(page, 'GSM8K vs MMLU')).toHaveCount(24);
  const ticks = await figure(page, 'GSM8K vs MMLU').locator('text.recharts-yAxis.recharts-cartesian-axis-tick-value').allTextContents();
  expect(ticks.at(-1)).toBe('100%');
  expect(ticks.map((t) => parseFloat(t)).every((v) => v <= 100)).toBe(true);
});

for (const width of [1440, 390]) {
  test(`every cost tier holding a model is labelled on the ordered axis (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?v=1&charts=costTier.mmlu~gsm8k.costTier');
    await expect(points(page, 'MMLU vs inference cost')).toHaveCount(6);
    const x = await figure(page, 'MMLU vs inference cost').locator('text.recharts-xAxis.recharts-cartesian-axis-tick-value').evaluateAll((ts) =>
      ts.map((t) => [...t.querySelectorAll('tspan')].map((l) => l.textContent).join(' ')));
    // Wide: whole, a long one perhaps on two lines ("Medium-" / "Low").
    if (width === 1440) expect(x.map((t) => t.replace('- ', '-'))).toEqual(['Lowest', 'Very Low', 'Medium-Low', 'Medium', 'High']);
    // Narrow: wrapped or abbreviated, but each of the five tiers holding a model keeps a label of its own.
    else expect(x.map((t) => t[0])).toEqual(['L', 'V', 'M', 'M', 'H']);
    const y = await figure(page, 'Inference cost vs GSM8K').locator('text.recharts-yAxis.recharts-cartesian-axis-tick-value').allTextContents();
    expect(y).toEqual(['Lowest', 'Very Low', 'Medium-Low', 'Medium', 'High']);
  });
}

test('X and Y always differ: picking for X the field on Y swaps them', async ({ page }) => {
  await page.goto('/');
  await figure(page, 'GSM8K vs MMLU').getByLabel('X axis').selectOption({ label: 'GSM8K' });
  const swapped = figure(page, 'MMLU vs GSM8K');
  await expect(swapped.getByLabel('X axis')).toHaveValue('gsm8k');
  await expect(swapped.getByLabel('Y axis')).toHaveValue('mmlu');
});

test('"Add chart" proposes a pair not shown yet, each time', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add chart' }).click();
  await page.getByRole('button', { name: 'Add chart' }).click();
  await expect(page.getByRole('figure')).toHaveCount(5);
  const pairs = await page.getByRole('figure').evaluateAll((fs) => fs.map((f) => f.querySelector('h3')?.textContent));
  expect(new Set(pairs).size).toBe(5);
});

test('each dataset opens on charts that plot most of its models', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Dataset').selectOption({ label: 'Extended (27 models)' });
  await expect(page.getByRole('table', { name: 'Models' }).locator('tbody tr')).toHaveCount(27);
  await expect(page.getByRole('figure')).toHaveCount(3);
  const plotted = await page.getByRole('figure').evaluateAll((fs) => fs.map((f) => f.querySelectorAll('[data-model-id].point').length));
  expect(plotted).toHaveLength(3);
  for (const n of plotted) expect(n).toBeGreaterThan(27 / 2);
});

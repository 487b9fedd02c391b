import { expect, test, type Locator } from '@playwright/test';

test('opens on the article data: six rows, five plotted points, Claude 3 Opus not plotted', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page).toHaveTitle('Model MPG');
  const table = page.getByRole('table', { name: 'Models' });
  await expect(table.getByRole('row')).toHaveCount(7);
  const figure = page.getByRole('figure', { name: 'MMLU vs parameters' });
  await expect(figure.getByRole('option', { name: /^(GPT-4|DeepSeek|Qwen|Gemma|Mistral Small) — parameters/ })).toHaveCount(5);
  await expect(figure.getByRole('option', { name: 'GPT-4 — parameters ~1.7T (estimated), MMLU 86.4%' })).toBeVisible();
  await expect(figure.locator('.not-plotted')).toContainText('Not plotted: 1 model (1 with parameters undisclosed): Claude 3 Opus');
  expect(errors).toEqual([]);
});

test('switching to the extended dataset shows 27 rows', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Dataset').selectOption({ label: 'Extended (27 models)' });
  await expect(page.getByRole('table', { name: 'Models' }).getByRole('row')).toHaveCount(28);
});

test('each model name in the table keeps to one line', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Dataset').selectOption({ label: 'Extended (27 models)' });
  const names = page.getByRole('table', { name: 'Models' }).locator('.model-name');
  await expect(names).toHaveCount(27);
  // A name that wraps is laid out as one box per line: "Llama 3 70B Instruct" was three.
  const wrapped = await names.evaluateAll((spans) => spans.filter((s) => s.getClientRects().length > 1).map((s) => s.textContent));
  expect(wrapped).toEqual([]);
});

test('points are drawn where their values are: GPT-4 is right of and above Gemma', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: 'MMLU vs parameters' });
  const gpt = await figure.getByRole('option', { name: /^GPT-4 — / }).boundingBox();
  const gemma = await figure.getByRole('option', { name: /^Gemma — / }).boundingBox();
  expect(gpt && gemma).toBeTruthy();
  expect(gpt!.x).toBeGreaterThan(gemma!.x + 100);
  expect(gpt!.y).toBeLessThan(gemma!.y - 50);
});

test('on a phone the filters head and the axis selects take a row each, and the first plot starts on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const top = async (l: Locator) => (await l.boundingBox())!.y;
  const filters = page.getByRole('complementary', { name: 'Filters' });
  expect(await top(filters.getByRole('button', { name: 'Filters', exact: true })))
    .toBe(await top(filters.getByRole('button', { name: 'Reset filters' })));
  const chart = page.getByRole('figure', { name: 'MMLU vs parameters' });
  expect(await top(chart.getByLabel('X axis'))).toBe(await top(chart.getByLabel('Y axis')));
  // Before 2026-12-02 the plot began at 813 px of 844: the controls above it filled the first screen.
  expect(await top(chart.locator('.chart-box'))).toBeLessThan(760);
  // The count is beneath both buttons, and Tab still goes from "Filters" to "Reset filters".
  expect(await top(filters.locator('.count-line output'))).toBeGreaterThan(await top(filters.getByRole('button', { name: 'Reset filters' })));
  await filters.getByRole('button', { name: 'Filters', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(filters.getByRole('button', { name: 'Reset filters' })).toBeFocused();
});

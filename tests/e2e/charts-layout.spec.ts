// Issue 24: built for linking. At 1440×900 the filters, the first chart and five table rows are on screen together
// with no scrolling; each chart's controls are one slim bar; on a phone the first plot starts in the screen's top half.
import { expect, test, type Locator } from '@playwright/test';
import { figure, rows } from './charts-helpers';

const onScreen = async (l: Locator, viewport: { width: number; height: number }) => {
  const b = (await l.boundingBox())!;
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= viewport.width && b.y + b.height <= viewport.height;
};

for (const dataset of ['great-gpu-race', 'extended']) {
  test(`at 1440×900 the filters, the whole first chart and five table rows are in view together (${dataset})`, async ({ page }) => {
    const viewport = { width: 1440, height: 900 };
    await page.goto(dataset === 'extended' ? '/?v=1&d=extended' : '/');
    await expect(rows(page).first()).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await onScreen(page.getByRole('complementary', { name: 'Filters' }).getByRole('button', { name: 'Reset filters' }), viewport)).toBe(true);
    expect(await onScreen(page.getByRole('searchbox', { name: 'Search models' }), viewport)).toBe(true);
    const first = page.getByRole('figure').first();
    expect(await onScreen(first.locator('.chart-box'), viewport)).toBe(true);
    // Each row's show/hide box and name (the table scrolls sideways inside its box for the other columns).
    for (let i = 0; i < 5; i++) {
      for (const cell of [0, 1]) expect(await onScreen(rows(page).nth(i).locator('td').nth(cell), viewport), `row ${i + 1}`).toBe(true);
    }
    // The table keeps to its box: wider content scrolls inside it, never past the page's edge.
    const scroller = (await page.locator('.table-scroll').boundingBox())!;
    expect(scroller.x + scroller.width).toBeLessThanOrEqual(viewport.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}

test('each chart\'s controls are one slim bar: the plot takes most of its card', async ({ page }) => {
  await page.goto('/');
  for (const title of ['MMLU vs parameters', 'GSM8K vs MMLU', 'MMLU vs inference cost']) {
    const chart = figure(page, title);
    const bar = (await chart.locator('.chart-bar').boundingBox())!;
    const card = (await chart.boundingBox())!;
    const plot = (await chart.locator('.chart-box').boundingBox())!;
    expect(bar.height, title).toBeLessThanOrEqual(40);
    expect(plot.height / card.height, title).toBeGreaterThan(0.6);
    // Axis pickers in the title, and a menu each for the options and the export.
    await expect(chart.getByLabel('Y axis')).toBeVisible();
    await expect(chart.getByLabel('X axis')).toBeVisible();
    await expect(chart.getByRole('button', { name: 'Chart options' })).toHaveAttribute('aria-expanded', 'false');
    await expect(chart.getByRole('button', { name: 'Export' })).toHaveAttribute('aria-expanded', 'false');
  }
});

test('on a phone the first plot starts within the first half of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const plot = (await page.getByRole('figure').first().locator('.chart-box').boundingBox())!;
  expect(plot.y).toBeLessThan(844 / 2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

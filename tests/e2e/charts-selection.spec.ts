// Issue 24: selecting keeps the page still. A point selected in a chart scrolls the table inside its own box to the
// row; "Show in table" is the explicit way to move there, and it moves keyboard focus to the row.
import { expect, test } from '@playwright/test';
import { figure } from './charts-helpers';

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`selecting a point never scrolls the page, and brings its row into the table's view (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?v=1&d=extended');
    const chart = figure(page, 'GSM8K vs MMLU');
    // Sort the table so that Mistral Small's row is far down it.
    const table = page.getByRole('table', { name: 'Models' });
    await table.getByRole('columnheader', { name: /^Model/ }).getByRole('button').click();
    await table.getByRole('columnheader', { name: /^Model/ }).getByRole('button').click();
    const point = chart.getByRole('option', { name: /^Claude 3 Haiku — / });
    await point.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await point.click();
    const row = page.locator('tr[data-model-id="claude-3-haiku"]');
    await expect(row).toHaveClass(/row-selected/);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    // The row is inside the table's scroller's visible box.
    const scroller = (await page.locator('.table-scroll').boundingBox())!;
    await expect.poll(async () => {
      const r = (await row.boundingBox())!;
      return r.y >= scroller.y && r.y + r.height <= scroller.y + scroller.height;
    }).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    // The chart is still where it was.
    await expect(point).toBeInViewport();
  });
}

test('"Show in table" moves focus to the selected model\'s row, scrolling the page only then', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await figure(page, 'MMLU vs parameters').getByRole('option', { name: /^Qwen — / }).click();
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(400);
  await page.getByRole('button', { name: 'Show in table' }).click();
  const notes = page.getByRole('button', { name: 'Qwen: values, notes and sources' });
  await expect(notes).toBeFocused();
  await expect(notes).toBeInViewport();
  await page.getByRole('button', { name: 'Clear selection' }).focus();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.locator('tr.row-selected')).toHaveCount(0);
});

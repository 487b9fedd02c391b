import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const table = (page: Page) => page.getByRole('table', { name: 'Models' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import data' });

async function importRows(page: Page, n: number) {
  const header = 'Model,Organization,Parameters,MMLU,GSM8K,Inference cost';
  const tiers = ['Low', 'Medium', 'High', ''];
  const lines = Array.from({ length: n }, (_, i) =>
    `Synthetic ${i},Org ${i % 40},${(1 + (i % 200)) * 1e9},${(40 + (i % 50)).toFixed(1)},${i % 7 === 0 ? '' : (20 + (i % 70)).toFixed(1)},${tiers[i % 4]}`);
  await page.getByRole('button', { name: 'Import data' }).click();
  await dialog(page).getByLabel('Data file').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...lines].join('\n')) });
  await dialog(page).getByRole('button', { name: `Check all ${n.toLocaleString('en')} rows` }).click();
  await dialog(page).getByRole('radio', { name: 'Load as a new dataset' }).check();
  await dialog(page).getByRole('button', { name: `Import ${n.toLocaleString('en')} valid rows` }).click();
  await expect(page.locator('.count-line output')).toContainText(`Showing ${n.toLocaleString('en')} of ${n.toLocaleString('en')} models`);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(table(page).getByRole('row')).toHaveCount(7);
});

test('a scrolled 10,000-row table: rows in place, counted, sortable, and no serious accessibility violation', async ({ page }) => {
  test.setTimeout(120_000);
  await importRows(page, 10_000);
  await expect(table(page)).toHaveAttribute('aria-rowcount', '10001');
  const scroller = page.locator('.table-scroll');
  await scroller.evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
  // The rows for the middle of the table replace the first ones, each with its place in the whole count.
  await expect(table(page).getByRole('checkbox', { name: 'Show Synthetic 0', exact: true })).toHaveCount(0);
  const indexes = await table(page).locator('tbody tr[aria-rowindex]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('aria-rowindex'))));
  expect(indexes.length).toBeGreaterThan(10);
  expect(indexes.length).toBeLessThan(80);
  expect(indexes[0]).toBeGreaterThan(3000);
  indexes.forEach((at, k) => expect(at).toBe(indexes[0]! + k));
  const first = await table(page).locator('tbody tr[aria-rowindex]').first().getAttribute('data-model-id');
  expect(first).toBe(`synthetic-${indexes[0]! - 2}`);
  // The rows shown are on screen inside the scroller, not left behind by the scroll.
  const box = (await scroller.boundingBox())!;
  const shown = await table(page).locator('tbody tr[aria-rowindex]').evaluateAll((rows, top) =>
    rows.filter((r) => { const b = r.getBoundingClientRect(); return b.bottom > top && b.height > 0; }).length, box.y);
  expect(shown).toBeGreaterThan(5);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('#models').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }

  // Sorting orders all 10,000 rows and shows the top of the new order.
  await table(page).getByRole('columnheader', { name: /^Model/ }).getByRole('button').click();
  await table(page).getByRole('columnheader', { name: /^Model/ }).getByRole('button').click();
  await scroller.evaluate((el) => { el.scrollTop = 0; });
  await expect(table(page).locator('tbody tr[aria-rowindex="2"]')).toHaveAttribute('data-model-id', 'synthetic-9999');
});

test('the canvas layer places marks where Recharts puts the axes: the axis ends are the plot area\'s edges', async ({ page }) => {
  test.setTimeout(120_000);
  await importRows(page, 2_000);
  const figure = page.getByRole('figure', { name: 'GSM8K vs MMLU' });
  await expect(figure.getByRole('application', { name: /points/ })).toBeVisible();
  const edges = await figure.evaluate((fig) => {
    const area = fig.querySelector('foreignObject[data-canvas-marks]')!;
    const n = (name: string) => Number(area.getAttribute(name));
    const xs = [...fig.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick-line')].map((l) => Number(l.getAttribute('x1')));
    const ys = [...fig.querySelectorAll('.recharts-yAxis .recharts-cartesian-axis-tick-line')].map((l) => Number(l.getAttribute('y1')));
    return { left: n('x'), right: n('x') + n('width'), top: n('y'), bottom: n('y') + n('height'), xs, ys };
  });
  expect(Math.min(...edges.xs)).toBeCloseTo(edges.left, 0);
  expect(Math.max(...edges.xs)).toBeCloseTo(edges.right, 0);
  expect(Math.min(...edges.ys)).toBeCloseTo(edges.top, 0);
  expect(Math.max(...edges.ys)).toBeCloseTo(edges.bottom, 0);
});

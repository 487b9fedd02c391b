// Issue 24: axe finds no violations, of any impact, on the article's data and on Extended, with a selection made and
// the filters open (on a phone, where they fold away), light and dark.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { figure } from './charts-helpers';

async function scan(page: Page) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${scheme} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }
}

for (const [dataset, url, point] of [['the article', '/', /^DeepSeek — /], ['Extended', '/?v=1&d=extended', /^Llama 3\.1 405B Instruct — /]] as const) {
  test(`no violations on ${dataset} with a selection and the filters open, at 1440 px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(url);
    await figure(page, 'MMLU vs parameters').getByRole('option', { name: point }).click();
    await expect(page.locator('tr.row-selected')).toHaveCount(1);
    await figure(page, 'MMLU vs parameters').getByRole('button', { name: 'Chart options' }).click();
    await scan(page);
  });

  test(`no violations on ${dataset} with a selection and the filters open, on a phone`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(page.getByRole('searchbox', { name: 'Search models' })).toBeVisible();
    await figure(page, 'MMLU vs parameters').getByRole('option', { name: point }).click();
    await expect(page.locator('tr.row-selected')).toHaveCount(1);
    await scan(page);
  });
}

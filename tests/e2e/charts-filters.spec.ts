// Issue 24: honest size filters. A narrowed size range leaves out models of undisclosed size unless "Include
// undisclosed size" is ticked, and the count line gives every reason a model is out, with how many.
import { expect, test } from '@playwright/test';
import { countLine, rows } from './charts-helpers';

test('"Edge (≤3B)" shows no model of unknown size: none on the article\'s data, none on Extended', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Edge (≤3B)' }).click();
  await expect(rows(page)).toHaveCount(0);
  await expect(countLine(page)).toHaveText('Showing 0 of 6 models · Out: 5 by size, 1 of undisclosed size');
  // The filters stay as they are when another dataset opens.
  await page.getByLabel('Dataset').selectOption({ label: 'Extended (27 models)' });
  await expect(countLine(page)).toHaveText('Showing 0 of 27 models · Out: 19 by size, 8 of undisclosed size');
  await expect(page.locator('tr[data-model-id="claude-3-opus"]')).toHaveCount(0);
});

test('"Include undisclosed size" brings them back, and the count line says which filter holds each model out', async ({ page }) => {
  await page.goto('/?v=1&d=extended');
  await page.getByRole('button', { name: 'Mid (15–100B)' }).click();
  await expect(countLine(page)).toHaveText('Showing 8 of 27 models · Out: 11 by size, 8 of undisclosed size');
  await page.getByRole('checkbox', { name: 'Include undisclosed size' }).check();
  await expect(countLine(page)).toHaveText('Showing 16 of 27 models · Out: 11 by size');
  await expect(page.locator('tr[data-model-id="claude-3-opus"]')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search models' }).fill('llama');
  await expect(countLine(page)).toHaveText('Showing 3 of 27 models · Out: 3 by size, 21 by search');
  await page.getByRole('checkbox', { name: 'Show Llama 2 70B' }).uncheck();
  await expect(countLine(page)).toHaveText('Showing 3 of 27 models · Out: 3 by size, 21 by search · 1 switched off in charts');
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(countLine(page)).toHaveText('Showing 27 of 27 models · 1 switched off in charts');
});

test('a tier filter is counted as such', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'High (2)' }).uncheck();
  await expect(countLine(page)).toHaveText('Showing 4 of 6 models · Out: 2 by cost tier');
});

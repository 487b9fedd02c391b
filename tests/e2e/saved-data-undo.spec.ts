// Removing is one dataset at a time, confirmed and undoable; "Undo import" outlasts a reload; "Reset view" after a
// crash resets the view and nothing else.
import { expect, test, type Page } from '@playwright/test';
import { datasetSelect, importFile, rows, savedFileNames } from './saved-data-helpers';

const option = (page: Page, fileName: string) => datasetSelect(page).locator('option', { hasText: `Imported: ${fileName}` });
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search models' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(rows(page)).toHaveCount(6);
});

test('remove one dataset after a confirmation naming it and its rows, undo it, then remove it for good', async ({ page }) => {
  await importFile(page, 'keep.csv', 3);
  await importFile(page, 'drop.csv', 2);
  const remove = page.getByRole('button', { name: 'Remove…' });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Remove “Imported: drop.csv”?' });
  await expect(dialog).toHaveAccessibleDescription('Its 2 rows will be deleted from this browser. You can undo this until you leave or reload the page.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(option(page, 'drop.csv')).toHaveCount(1);

  await remove.click();
  await dialog.getByRole('button', { name: 'Remove dataset' }).click();
  await expect(option(page, 'drop.csv')).toHaveCount(0);
  await expect(datasetSelect(page)).toHaveValue('great-gpu-race');
  await expect(datasetSelect(page)).toBeFocused();
  await expect.poll(() => savedFileNames(page)).toEqual(['keep.csv']);
  await expect(page.getByText('Removed “Imported: drop.csv” (2 rows).')).toBeVisible();
  await page.getByRole('button', { name: 'Undo remove' }).click();
  await expect(option(page, 'drop.csv')).toHaveCount(1);
  await expect(rows(page)).toHaveCount(2);
  await expect.poll(() => savedFileNames(page)).toEqual(['keep.csv', 'drop.csv']);
  await page.reload();
  await expect(rows(page)).toHaveCount(2);

  await remove.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove dataset' }).click();
  await expect.poll(() => savedFileNames(page)).toEqual(['keep.csv']);
  await page.reload();
  await expect(option(page, 'drop.csv')).toHaveCount(0);
  await expect(option(page, 'keep.csv')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Undo remove' })).toHaveCount(0);
});

test('rows merged into a built-in dataset are removed on their own, and the built-in rows stay', async ({ page }) => {
  await importFile(page, 'extra.csv', 2, 'merge');
  await expect(rows(page)).toHaveCount(8);
  await page.getByRole('button', { name: 'Remove…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the rows you imported into “The Great GPU Race (2025)”?' });
  await expect(dialog).toHaveAccessibleDescription(/^extra\.csv \(2 rows\) will be deleted from this browser; the built-in rows stay\./);
  await dialog.getByRole('button', { name: 'Remove imported rows' }).click();
  await expect(rows(page)).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'Remove…' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo remove' }).click();
  await expect(rows(page)).toHaveCount(8);
});

test('"Undo import" survives a reload and returns to the view before the import', async ({ page }) => {
  await search(page).fill('Gem');
  await expect(rows(page)).toHaveCount(1);
  await importFile(page, 'sweep.csv', 2);
  await expect(rows(page)).toHaveCount(0); // the search still applies to the new dataset
  await page.reload();
  await expect(page.getByText('Imported 2 rows from sweep.csv as a new dataset.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(option(page, 'sweep.csv')).toHaveCount(0);
  await expect(datasetSelect(page)).toHaveValue('great-gpu-race');
  await expect(search(page)).toHaveValue('Gem');
  await expect(rows(page)).toHaveCount(1);
  await expect.poll(() => savedFileNames(page)).toEqual([]);
  await page.reload();
  await expect(option(page, 'sweep.csv')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
});

test('"Reset view" after a panel crash resets the view, says so, and keeps imported data', async ({ page }) => {
  await importFile(page, 'mine.csv', 3);
  await search(page).fill('mine');
  // The next chart to mount throws as it measures itself, and its panel crashes.
  await page.evaluate(() => {
    const w = window as unknown as { ResizeObserver: unknown; realObserver: unknown };
    w.realObserver = w.ResizeObserver;
    w.ResizeObserver = function crashing() {
      throw new Error('test: the chart crashed');
    };
  });
  await page.getByRole('button', { name: 'Add chart' }).click();
  const crashed = page.getByRole('alert').filter({ hasText: /The charts? panel hit an error/ });
  await expect(crashed).toContainText('test: the chart crashed');
  await page.evaluate(() => {
    const w = window as unknown as { ResizeObserver: unknown; realObserver: unknown };
    w.ResizeObserver = w.realObserver;
  });
  await crashed.getByRole('button', { name: 'Reset view' }).click();
  await expect(crashed).toHaveCount(0);
  await expect(page.getByRole('figure')).toHaveCount(3);
  await expect(datasetSelect(page)).toHaveValue('great-gpu-race');
  await expect(search(page)).toHaveValue('');
  await expect(option(page, 'mine.csv')).toHaveCount(1);
  await expect(page.getByText(/^The view was reset: the built-in data, no filters.*Imported data was not changed\.$/)).toBeVisible();
  await page.reload();
  await expect(option(page, 'mine.csv')).toHaveCount(1);
  expect(await savedFileNames(page)).toEqual(['mine.csv']);
});

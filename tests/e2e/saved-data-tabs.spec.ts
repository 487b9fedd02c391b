// Two tabs of one browser importing into the same storage: neither ever deletes the other's data, and each tab's
// dataset list follows the other's imports.
import { expect, test, type Page } from '@playwright/test';
import { datasetSelect, importFile, rows, savedFileNames } from './saved-data-helpers';

const open = async (page: Page) => {
  await page.goto('/');
  await expect(rows(page)).toHaveCount(6);
};
const option = (page: Page, fileName: string) => datasetSelect(page).locator('option', { hasText: `Imported: ${fileName}` });

for (const order of [['A', 'B'], ['B', 'A']] as const) {
  test(`tab ${order[0]} imports, then tab ${order[1]}, both opened before either import: both datasets are kept`, async ({ context }) => {
    const tabs = { A: await context.newPage(), B: await context.newPage() };
    await open(tabs.A);
    await open(tabs.B);
    const size = { A: 2, B: 3 };
    for (const tab of order) await importFile(tabs[tab], `${tab.toLowerCase()}.csv`, size[tab]);
    // Each tab's list follows the other's import without a reload.
    for (const tab of [tabs.A, tabs.B]) {
      await expect(option(tab, 'a.csv')).toHaveCount(1);
      await expect(option(tab, 'b.csv')).toHaveCount(1);
    }
    const third = await context.newPage();
    await third.goto('/');
    await expect(option(third, 'a.csv')).toHaveCount(1);
    await expect(option(third, 'b.csv')).toHaveCount(1);
    expect((await savedFileNames(third)).sort()).toEqual(['a.csv', 'b.csv']);
    await datasetSelect(third).selectOption({ label: 'Imported: a.csv' });
    await expect(rows(third)).toHaveCount(2);
    await datasetSelect(third).selectOption({ label: 'Imported: b.csv' });
    await expect(rows(third)).toHaveCount(3);
  });
}

test('two tabs importing at the same moment keep both datasets', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a);
  await open(b);
  await Promise.all([importFile(a, 'same-a.csv', 2), importFile(b, 'same-b.csv', 2)]);
  await expect.poll(async () => (await savedFileNames(a)).sort()).toEqual(['same-a.csv', 'same-b.csv']);
  await b.reload();
  await expect(option(b, 'same-a.csv')).toHaveCount(1);
  await expect(option(b, 'same-b.csv')).toHaveCount(1);
});

test('a dataset removed in one tab leaves the other tab, which falls back to the built-in data and says why', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  await importFile(a, 'shared.csv', 2);
  const b = await context.newPage();
  await b.goto('/');
  await expect(datasetSelect(b)).toHaveValue(await datasetSelect(a).inputValue());
  await expect(rows(b)).toHaveCount(2);
  await a.getByRole('button', { name: 'Remove…' }).click();
  await a.getByRole('dialog').getByRole('button', { name: 'Remove dataset' }).click();
  await expect(option(b, 'shared.csv')).toHaveCount(0);
  await expect(datasetSelect(b)).toHaveValue('great-gpu-race');
  await expect(rows(b)).toHaveCount(6);
  await expect(b.getByText('“Imported: shared.csv” was removed in another tab; showing the built-in data instead.')).toBeVisible();
});

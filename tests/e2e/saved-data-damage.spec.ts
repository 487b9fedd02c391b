// Damaged saved records, written straight into IndexedDB: each costs only itself, is named with the reason, never
// blanks the page, and is deleted only by "Remove damaged data".
import { expect, test, type Page } from '@playwright/test';
import { damage, datasetSelect, importFile, INDEX, readKey, rows, savedFileNames } from './saved-data-helpers';

const notice = (page: Page) => page.getByRole('region', { name: /could not be read/ });
const option = (page: Page, fileName: string) => datasetSelect(page).locator('option', { hasText: `Imported: ${fileName}` });

/** The third saved dataset is the one damaged; its first chunk's key is `chunk`. */
const DAMAGE = {
  'wrong types': ['index.userDatasets[2].label = { x: 1 }; index.userDatasets[2].importedAt = 42;', 'label should be text, found an object; importedAt should be text, found 42'],
  'a missing chunk': ['await put(index.userDatasets[2].chunks[0], undefined);', 'its rows: missing from storage'],
  'an old-format chunk with a bad record': [
    `const record = (name, mmlu) => ({ id: name, name, organization: '', notes: [], sources: [],
      parameters: { value: null, raw: '', status: 'missing' }, trainingCompute: { text: '', flop: { value: null, raw: '', status: 'missing' } },
      mmlu, gsm8k: { value: null, raw: '', status: 'missing' }, costTier: { value: null, raw: '', status: 'missing' } });
     index.userDatasets[2].count = 2;
     await put(index.userDatasets[2].chunks[0], [record('ok', { value: 60, raw: '60', status: 'reported' }), record('bad', { value: '70', raw: '70' })]);`,
    'its rows, row 2: mmlu.value should be a number, found "70"; mmlu.status should be "reported" or "estimated" or "undisclosed" or "missing", found nothing',
  ],
  'garbage bytes': ['await put(index.userDatasets[2].chunks[0], crypto.getRandomValues(new Uint8Array(64)));', 'its rows: binary data, in no format this app wrote'],
} as const;

async function threeSaved(page: Page) {
  await page.goto('/');
  await expect(rows(page)).toHaveCount(6);
  await importFile(page, 'good-1.csv', 2);
  await importFile(page, 'good-2.csv', 3);
  await importFile(page, 'bad.csv', 4);
}

for (const [kind, [change, reason]] of Object.entries(DAMAGE)) {
  test(`one record among three with ${kind}: the others load, it is named, and kept until removed`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await threeSaved(page);
    await damage(page, change);
    await page.reload();
    // The page was showing the damaged dataset: it opens the built-in data, and the healthy datasets load.
    await expect(rows(page)).toHaveCount(6);
    await expect(datasetSelect(page)).toHaveValue('great-gpu-race');
    await datasetSelect(page).selectOption({ label: 'Imported: good-2.csv' });
    await expect(rows(page)).toHaveCount(3);
    await expect(page.locator('.count-line output')).toContainText('Showing 3 of 3 models');
    await expect(option(page, 'good-1.csv')).toHaveCount(1);
    await expect(option(page, 'bad.csv')).toHaveCount(0);
    await expect(notice(page)).toContainText(`“bad.csv”: ${reason}.`);
    await expect(notice(page)).toContainText('nothing was deleted');
    await expect(page.getByText('The dataset this page was showing, “bad.csv”, could not be read')).toBeVisible();

    // A new import keeps both the healthy datasets and the damaged record.
    await importFile(page, 'after.csv', 1);
    await page.reload();
    await expect(option(page, 'good-1.csv')).toHaveCount(1);
    await expect(option(page, 'good-2.csv')).toHaveCount(1);
    await expect(notice(page)).toContainText('“bad.csv”');
    expect(await savedFileNames(page)).toEqual(['good-1.csv', 'good-2.csv', 'bad.csv', 'after.csv']);

    await notice(page).getByRole('button', { name: 'Remove damaged data' }).click();
    await expect(notice(page)).toHaveCount(0);
    await expect(page.getByText('Removed the damaged record: “bad.csv”.')).toBeVisible();
    expect(await savedFileNames(page)).toEqual(['good-1.csv', 'good-2.csv', 'after.csv']);
    await page.reload();
    await expect(option(page, 'after.csv')).toHaveCount(1);
    await expect(notice(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('every record damaged at once: the page still opens, on the built-in data, and lists each one', async ({ page }) => {
  await threeSaved(page);
  await damage(page, `
    index.userDatasets[0].label = { x: 1 };
    await put(index.userDatasets[1].chunks[0], undefined);
    await put(index.userDatasets[2].chunks[0], new Uint8Array([1, 2, 3]));`);
  for (const url of ['/', '/?d=great-gpu-race']) {
    await page.goto(url);
    await expect(rows(page)).toHaveCount(6);
    await expect(notice(page)).toContainText('3 saved records of your imported data could not be read');
    await expect(notice(page).getByRole('listitem')).toHaveText([
      '“good-1.csv”: label should be text, found an object.',
      '“good-2.csv”: its rows: missing from storage.',
      '“bad.csv”: its rows: binary data, in no format this app wrote.',
    ]);
    await expect(page.getByText(/Showing 0 of 0/)).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: 'Remove damaged data' })).toHaveAccessibleDescription(/good-1\.csv/);
  await page.getByRole('button', { name: 'Remove damaged data' }).click();
  await expect(notice(page)).toHaveCount(0);
  expect(await readKey(page, INDEX)).toBeUndefined();
});

test('data saved in the first layout (one record) loads entry by entry, a damaged entry named and kept', async ({ page }) => {
  await page.goto('/');
  await expect(rows(page)).toHaveCount(6);
  await damage(page, `
    const m = (name) => ({ id: name, name, organization: 'Lab', notes: [], sources: [],
      parameters: { value: 7e9, raw: '7B', status: 'reported' }, trainingCompute: { text: '', flop: { value: null, raw: '', status: 'missing' } },
      mmlu: { value: 60, raw: '60', status: 'reported' }, gsm8k: { value: null, raw: '', status: 'missing' }, costTier: { value: null, raw: '', status: 'missing' } });
    const ds = (id, fileName, models) => ({ id, label: 'Imported: ' + fileName, fileName, importedAt: '2026-01-01T00:00:00.000Z', models });
    await put('model-mpg:user-data:v1', { version: 1, data: { merges: [], userDatasets: [
      ds('user-1', 'old-good.csv', [m('Old A'), m('Old B')]),
      ds('user-2', 'old-bad.csv', [m('Old C'), { ...m('Old D'), notes: 'not a list' }]),
    ] } });
    return null;`);
  await page.reload();
  await datasetSelect(page).selectOption({ label: 'Imported: old-good.csv' });
  await expect(rows(page)).toHaveCount(2);
  await expect(notice(page)).toContainText('“old-bad.csv”: its rows, row 2: notes should be a list, found "not a list".');
  // The readable entry moves to the current layout; the damaged one stays in the old record until removed.
  await expect.poll(() => savedFileNames(page)).toEqual(['old-good.csv']);
  await page.reload();
  await expect(notice(page)).toContainText('“old-bad.csv”');
  await notice(page).getByRole('button', { name: 'Remove damaged data' }).click();
  await expect(notice(page)).toHaveCount(0);
  expect(await readKey(page, 'model-mpg:user-data:v1')).toBeUndefined();
  await page.reload();
  await expect(option(page, 'old-good.csv')).toHaveCount(1);
});

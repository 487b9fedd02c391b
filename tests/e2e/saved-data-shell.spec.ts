// The shell around imported data: links that name it, the whole-page error screen, and a full storage quota.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { damage, datasetSelect, importFile, rows, savedFileNames } from './saved-data-helpers';

const open = async (page: Page, url = '/') => {
  await page.goto(url);
  await expect(rows(page)).toHaveCount(6);
};

test('a link naming an imported dataset warns before it is copied, and opens the built-in data in another browser', async ({ browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await open(page);
  await importFile(page, 'private.csv', 2);
  await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('dialog', { name: 'This link shows your imported data only in this browser' });
  await expect(dialog).toHaveAccessibleDescription(/It opens “Imported: private\.csv”, which you imported\. Imported data is saved only in this browser/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('nothing yet');
  await dialog.getByRole('button', { name: 'Copy link anyway' }).click();
  await expect(page.locator('.copy-link output')).toHaveText('Link copied: it shows your imported data only in this browser');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/[?&]d=user-[0-9a-f]{10}/);

  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto(link);
  await expect(rows(elsewhere)).toHaveCount(6);
  await expect(datasetSelect(elsewhere)).toHaveValue('great-gpu-race');
  await expect(elsewhere.getByText(/This page named an imported dataset \(user-[0-9a-f]{10}\) that is not saved in this browser/)).toBeVisible();
  await expect(elsewhere.locator('.count-line output')).toContainText('Showing 6 of 6 models');
  await expect(elsewhere.getByText('did not pass validation')).toHaveCount(0);
});

test('a link to built-in data copies at once, without a warning', async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await open(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.copy-link output')).toHaveText('Link copied');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

/**
 * Serves the app with its header made to throw while a condition holds in the page, as a bug or an unreadable
 * saved value would: the shell's error screen must catch it.
 */
async function crashHeaderWhen(page: Page, condition: string) {
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    const body = await (await route.fetch()).text();
    const crash = `(()=>{if(${condition})throw new Error("test: the header could not be drawn");return"Skip to the models table"})()`;
    expect(body).toContain('`Skip to the models table`');
    await route.fulfill({ body: body.replace('`Skip to the models table`', crash), contentType: 'text/javascript' });
  });
}

test('a crash in the header shows the error screen; "Open the built-in data" recovers and keeps imported data', async ({ page }) => {
  await open(page);
  await importFile(page, 'kept.csv', 2);
  await crashHeaderWhen(page, 'location.search.includes("crash")');
  await page.goto('/?crash=1');
  const screen = page.getByRole('alert').filter({ hasText: 'The page hit an error and stopped drawing' });
  await expect(screen).toContainText('test: the header could not be drawn');
  await expect(screen).toContainText('Your imported data is still saved in this browser');
  await page.getByRole('button', { name: 'Open the built-in data' }).click();
  await expect(rows(page)).toHaveCount(6);
  await expect(datasetSelect(page)).toHaveValue('great-gpu-race');
  await expect(datasetSelect(page).locator('option', { hasText: 'Imported: kept.csv' })).toHaveCount(1);
  expect(await savedFileNames(page)).toEqual(['kept.csv']);
});

test('"Clear saved settings" forgets the preferences that made the page crash, and only them', async ({ page }) => {
  await open(page);
  await importFile(page, 'kept.csv', 2);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await crashHeaderWhen(page, '(localStorage.getItem("model-mpg:preferences")||"").includes("dark")');
  await page.reload();
  await expect(page.getByText('The page hit an error and stopped drawing')).toBeVisible();
  await page.getByRole('button', { name: 'Clear saved settings' }).click();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
  expect(await page.evaluate(() => localStorage.getItem('model-mpg:preferences'))).not.toContain('dark');
  // The address still names the imported dataset, which opens: only settings were cleared.
  await expect(rows(page)).toHaveCount(2);
  expect(await savedFileNames(page)).toEqual(['kept.csv']);
});

test('a full storage quota names what was not saved, keeps it in the page, and the header says so until it is saved', async ({ page, context }) => {
  await open(page);
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await importFile(page, 'big.csv', 3).catch(() => undefined); // it is never saved, so the helper's wait gives up
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByText(/^“big\.csv” \(3 rows\) was not saved in this browser: .*It stays open in this page/)).toBeVisible();
  await expect(page.getByText('Not saved in this browser', { exact: true })).toBeVisible();
  await expect(page.getByText(/Only until you leave this page/)).toBeVisible();
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByRole('button', { name: 'Save again' }).click();
  await expect(page.getByText('Not saved in this browser', { exact: true })).toHaveCount(0);
  await expect.poll(() => savedFileNames(page)).toEqual(['big.csv']);
});

test('the damaged-data notice, the removal confirmation and the undo bar pass axe in light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  await importFile(page, 'fine.csv', 2);
  await importFile(page, 'broken.csv', 2);
  await damage(page, 'index.userDatasets[1].label = 42;');
  await page.reload();
  await expect(page.getByText('“broken.csv”: label should be text, found 42.')).toBeVisible();
  await datasetSelect(page).selectOption({ label: 'Imported: fine.csv' });
  await page.getByRole('button', { name: 'Remove…' }).click();
  const scan = async (selector: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).include(selector).analyze();
      expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  };
  await scan('.confirm-dialog');
  await page.getByRole('button', { name: 'Remove dataset' }).click();
  await scan('.app-header');
  await scan('.damaged-notice');
  await scan('.notices');
});

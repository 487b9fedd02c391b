import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { parseExportFile } from '../../src/domain/export/json';

const figure = (page: Page) => page.getByRole('figure', { name: 'MMLU vs parameters' });

async function download(page: Page, click: () => Promise<void>) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: dl.suggestedFilename(), bytes: await readFile((await dl.path())!) };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(figure(page).getByRole('option', { name: / — / })).toHaveCount(5);
});

test('Copy image copies a PNG or says why it cannot', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await figure(page).getByRole('button', { name: 'Export' }).click();
  await figure(page).getByRole('button', { name: 'Copy image' }).click();
  await expect(figure(page).locator('.export-status')).toHaveText(/Image copied to the clipboard|does not let pages copy images|refused to copy/);
});

test('Export JSON round-trips through the domain parser without loss', async ({ page }) => {
  await page.getByRole('checkbox', { name: /^All 6 models/ }).check();
  const { name, bytes } = await download(page, () => page.getByRole('button', { name: 'Export JSON' }).click());
  expect(name).toBe('great-gpu-race.json');
  const parsed = parseExportFile(JSON.parse(bytes.toString('utf8')));
  expect(parsed.ok).toBe(true);
  const original = loadBuiltInDataset('great-gpu-race');
  if (!parsed.ok || !original.ok) throw new Error('parse');
  expect(parsed.file.models).toEqual(original.dataset.models);
});

test('Export CSV of the visible models keeps raw and parsed values and statuses', async ({ page }) => {
  await page.getByRole('checkbox', { name: 'Show Gemma' }).uncheck();
  const { name, bytes } = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(name).toBe('great-gpu-race-visible.csv');
  const { data } = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(data.map((r) => r.name)).toEqual(['GPT-4', 'Claude 3 Opus', 'DeepSeek', 'Qwen', 'Mistral Small']);
  expect(data[0]).toMatchObject({ parameters_raw: '~1.7T (est.)', parameters_value: '1700000000000', parameters_status: 'estimated' });
  expect(data[1]).toMatchObject({ parameters_raw: 'Undisclosed', parameters_value: '', parameters_status: 'undisclosed' });
  expect(data[3]).toMatchObject({ costTier_raw: 'Medium- Low', costTier_value: '3' });
});

test('Copy link copies the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByLabel('Search models').fill('qwen');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('q=qwen');
});

// The import dialog on numbers as people write them, known formats and our own exports, in real Chromium.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const rows = (page: Page) => page.getByRole('table', { name: 'Models' }).locator('tbody tr');
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import data' });

async function upload(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Import data' }).click();
  await dialog(page).getByLabel('Data file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

const EUROPEAN = readFileSync(join(process.cwd(), 'tests/fixtures/european-semicolon.csv'), 'utf8');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(rows(page)).toHaveCount(6);
});

test('a European CSV: the decimal comma is detected per column, shown with an example, and can be changed', async ({ page }) => {
  await upload(page, 'european.csv', EUROPEAN);
  const d = dialog(page);
  await expect(d.getByText('5 rows and 4 columns read as SEMICOLON')).toBeVisible();
  const mark = d.getByLabel('Decimal mark in “Parameters”');
  await expect(mark).toHaveValue(',');
  await expect(d.getByText('e.g. “72,7B” (row 1) reads as 72.7B')).toBeVisible();
  // Switching to a point is possible from the keyboard, and the preview follows at once.
  await mark.focus();
  await page.keyboard.press('ArrowUp');
  await expect(mark).toHaveValue('.');
  await expect(d.getByRole('table', { name: 'Import preview' })).toContainText('not this column\'s decimal mark');
  await mark.selectOption(',');
  await d.getByRole('button', { name: 'Check all 5 rows' }).click();
  // GPT-4 is already in the open dataset; as a new dataset every row goes in.
  await d.getByRole('radio', { name: 'Load as a new dataset' }).check();
  await expect(d.getByText('5 of 5 rows')).toBeVisible();
  await d.getByRole('button', { name: 'Import 5 valid rows' }).click();
  await expect(rows(page)).toHaveCount(5);
  await expect(page.getByRole('table', { name: 'Models' })).toContainText('72,7B');
  await expect(page.getByRole('figure', { name: 'MMLU vs parameters' }).getByRole('option', { name: /^Qwen2.5 72B — parameters 72,7B, MMLU 86.1%/ })).toBeVisible();
});

test('a column that could be read two ways is asked, and nothing is checked until it is answered', async ({ page }) => {
  await upload(page, 'ambiguous.csv', 'Model;Parameters;MMLU\nA;1,234B;0.85\nB;7B;85\nC;8B;70');
  const d = dialog(page);
  await expect(d.getByRole('alert').filter({ hasText: '“Parameters”: "1,234B" (row 1) reads as 1.23T with a decimal point or 1.23B with a decimal comma' })).toBeVisible();
  await expect(d.getByRole('alert').filter({ hasText: '“MMLU” mixes fractions (1 values such as "0.85", rows 1)' })).toBeVisible();
  const check = d.getByRole('button', { name: 'Check all 3 rows' });
  await expect(check).toBeDisabled();
  await d.getByLabel('Decimal mark in “Parameters”').selectOption(',');
  await expect(check).toBeDisabled();
  await d.getByLabel('MMLU scores are').selectOption('percent');
  await expect(check).toBeEnabled();
  await check.click();
  await expect(d.getByRole('list', { name: 'Problems by kind' })).toHaveText('1 MMLU value between 0 and 1 read as percent, as chosen');
});

test('bounds are read as bounds and the whole problem list downloads as CSV', async ({ page }) => {
  await upload(page, 'bounds.csv', 'Model,Parameters,MMLU\nSmall,<1B,40\nBig,>100B,80\nOdd,7B?,50\nBad,7e9B,50\nNeg,−5B,50');
  const d = dialog(page);
  await d.getByRole('button', { name: 'Check all 5 rows' }).click();
  const summary = d.getByRole('list', { name: 'Problems by kind' });
  await expect(summary).toContainText('2 Parameters values read as a bound');
  await expect(summary).toContainText("1 Parameters value marked '?' read as an estimate");
  await expect(d.getByRole('list', { name: 'Import problems' })).toContainText("row 4 (line 5), Parameters: '7e9B' has both an exponent and a size letter");
  const [dl] = await Promise.all([page.waitForEvent('download'), d.getByRole('button', { name: /^Download all 5 problems/ }).click()]);
  expect(dl.suggestedFilename()).toBe('bounds-problems.csv');
  const csv = await readFile((await dl.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFrow,line,column,value,severity,kind,message');
  expect(csv).toContain('5,6,Parameters,−5B,error,negative,');
  await d.getByRole('button', { name: 'Import 3 valid rows' }).click();
  await expect(page.locator('tr[data-model-id="small"]')).toContainText('<1B');
});

test('the app re-imports its own CSV export whole: estimates, tiers, intervals, notes', async ({ page }) => {
  await page.getByRole('checkbox', { name: /^All 6 models/ }).check();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  await upload(page, 'great-gpu-race.csv', await readFile((await dl.path())!, 'utf8'));
  const d = dialog(page);
  await expect(d.getByText('Recognised: Model MPG CSV export.')).toBeVisible();
  await expect(d.getByRole('table', { name: 'Column mapping' })).toHaveCount(0);
  await d.getByRole('button', { name: 'Check all 6 rows' }).click();
  await d.getByRole('radio', { name: 'Load as a new dataset' }).check();
  await expect(d.getByText('6 of 6 rows')).toBeVisible();
  // The derived columns (metrics, the Pareto flag) are the only thing the review mentions: ignored, as it says.
  const problems = d.getByRole('list', { name: 'Problems by kind' }).getByRole('listitem');
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveText(/^Columns "derived_mmluPerB_value", .*"derived_pareto_optimal_mmlu_vs_parameters" ignored/);
  await d.getByRole('button', { name: 'Import 6 valid rows' }).click();
  await expect(rows(page)).toHaveCount(6);
  const gpt4 = page.locator('tr[data-model-id="gpt-4"]');
  await expect(gpt4).toContainText('~1.7T');
  await expect(gpt4).toContainText('High');
  await expect(page.locator('tr[data-model-id="claude-3-opus"]')).toContainText('Undisclosed');
});

test('the mapping and review steps have no serious accessibility violations, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  await upload(page, 'ambiguous.csv', 'Model;Parameters;MMLU\nA;1,234;0.85\nB;7B;85\nC;8B;70');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }
});

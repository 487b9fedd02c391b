// The built-in datasets that arrive as data files: each opens from the Dataset picker and from a link in a fresh
// browser; the leaderboard's notes say what was folded and what a 0 meant; a failed download keeps the open data.
import { expect, test, type Page } from '@playwright/test';

const DATASETS = [
  { id: 'open-llm-leaderboard', label: 'Open LLM Leaderboard v1 (archived 2024)', count: '6,797', aModel: 'google/gemma-7b' },
  { id: 'epoch-language', label: 'Epoch AI notable language models (Dec 2024)', count: '392', aModel: 'Llama 3.1-405B' },
  { id: 'leaderboard-and-article', label: 'Leaderboard + the article\'s six', count: '6,803', aModel: 'Claude 3 Opus' },
];

const countLine = (page: Page) => page.getByRole('complementary', { name: 'Filters' }).locator('.count-line output');

async function searchFinds(page: Page, name: string) {
  await page.getByRole('searchbox', { name: /Search models/ }).fill(name);
  await expect(page.getByRole('table', { name: 'Models' }).getByText(name, { exact: true }).first()).toBeVisible();
}

for (const d of DATASETS) {
  test(`${d.label} opens from the Dataset picker`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await page.getByLabel('Dataset').selectOption({ label: d.label });
    await expect(countLine(page)).toContainText(`Showing ${d.count} of ${d.count} models`, { timeout: 20_000 });
    await expect(page.locator('.dataset-progress')).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`[?&]d=${d.id}(&|$)`));
    await searchFinds(page, d.aModel);
    expect(errors).toEqual([]);
  });

  test(`${d.label} opens from a link in a fresh browser`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/?v=1&d=${d.id}`);
    await expect(countLine(page)).toContainText(`Showing ${d.count} of ${d.count} models`, { timeout: 20_000 });
    await expect(page.getByLabel('Dataset')).toHaveValue(d.id);
    await context.close();
  });
}

test('the leaderboard states its folded duplicates and its 0 sentinels, and credits its source', async ({ page }) => {
  await page.goto('/?v=1&d=open-llm-leaderboard');
  await expect(countLine(page)).toContainText('Showing 6,797 of 6,797 models', { timeout: 20_000 });
  await page.getByText(/About this dataset/).click();
  const notes = page.locator('.dataset-notes');
  await expect(notes).toContainText("the file's 7,169 rows hold 6,797 models");
  await expect(notes).toContainText('372 extra rows were folded');
  await expect(notes).toContainText('A 0 means "not given" or "not run", never zero');
  await expect(notes).toContainText('in the whole file, 624 and 582');
  await expect(page.locator('.dataset-sources')).toContainText('Hugging Face Open LLM Leaderboard v1 (archived 2024)');
});

test('the picker shows the download\'s progress and keeps the open data until it has loaded', async ({ page }) => {
  await page.goto('/');
  let release: () => void = () => {};
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/data/open-llm-leaderboard-v1.json.gz', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByLabel('Dataset').selectOption({ label: 'Open LLM Leaderboard v1 (archived 2024)' });
  await expect(page.getByRole('status').filter({ hasText: 'Loading “Open LLM Leaderboard v1 (archived 2024)”' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Download of “Open LLM Leaderboard v1 (archived 2024)”' })).toBeVisible();
  await expect(countLine(page)).toContainText('Showing 6 of 6 models');
  release();
  await expect(countLine(page)).toContainText('Showing 6,797 of 6,797 models', { timeout: 20_000 });
});

test('a failed download says so, keeps the open data, and loads on retry', async ({ page }) => {
  let fail = true;
  await page.route('**/data/epoch-notable-language.json.gz', (route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
  await page.goto('/');
  await page.getByLabel('Dataset').selectOption({ label: 'Extended (27 models)' });
  await page.getByLabel('Dataset').selectOption({ label: 'Epoch AI notable language models (Dec 2024)' });
  await expect(page.getByRole('alert')).toContainText('Could not load “Epoch AI notable language models (Dec 2024)”: the server answered 503');
  await expect(countLine(page)).toContainText('Showing 27 of 27 models');
  await expect(page.getByLabel('Dataset')).toHaveValue('extended');
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(countLine(page)).toContainText('Showing 392 of 392 models', { timeout: 20_000 });
});

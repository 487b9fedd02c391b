import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const rows = (page: Page) => page.getByRole('table', { name: 'Models' }).locator('tbody tr');
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import data' });

async function upload(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Import data' }).click();
  await dialog(page).getByLabel('Data file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

const RESULTS = [
  'model_name,org,score_a,gsm8k,size',
  'Tiny Tuned 1B,Lab A,45.1,20.5,1.1',
  'Mid Tuned 13B,Lab A,8O.1,40.2,13',
  'Big Tuned 70B,Lab B,79.9,85.0,70',
].join('\n');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(rows(page)).toHaveCount(6);
});

test('upload, remap a column, see a row error, import the valid rows, undo', async ({ page }) => {
  await upload(page, 'my-results.csv', RESULTS);
  const d = dialog(page);
  await expect(d.getByText('3 rows and 5 columns read as CSV')).toBeVisible();
  // "model_name" is not a known synonym: the user maps it, and maps the unnamed score column to MMLU.
  await d.getByLabel('Read column "model_name" as').selectOption({ label: 'Model name' });
  await d.getByLabel('Read column "score_a" as').selectOption({ label: 'MMLU' });
  await d.getByLabel('Read column "size" as').selectOption({ label: 'Parameters' });
  await d.getByLabel('Parameters are').selectOption('billions');
  await expect(d.getByRole('table', { name: 'Import preview' })).toContainText("MMLU: '8O.1' is not a number");
  await d.getByRole('button', { name: 'Check all 3 rows' }).click();
  await expect(d.getByText("row 2 (line 3), MMLU: '8O.1' is not a number")).toBeVisible();
  await d.getByRole('button', { name: 'Import 2 valid rows' }).click();
  await expect(d).toBeHidden();
  await expect(rows(page)).toHaveCount(8);
  await expect(page.locator('tr[data-model-id="big-tuned-70b"]')).toContainText('imported');
  await expect(page.getByRole('figure', { name: 'MMLU vs parameters' }).getByRole('option', { name: /^Big Tuned 70B — parameters 70B, MMLU 79.9%/ })).toBeVisible();
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(rows(page)).toHaveCount(6);
});

test('imported data survives a reload and can be removed', async ({ page }) => {
  await upload(page, 'sweep.csv', 'Model,Parameters,MMLU\nSweep A,7B,60\nSweep B,14B,66');
  await dialog(page).getByRole('button', { name: 'Check all 2 rows' }).click();
  await dialog(page).getByRole('radio', { name: 'Load as a new dataset' }).check();
  await dialog(page).getByRole('button', { name: 'Import 2 valid rows' }).click();
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue(/^user-[0-9a-f]{10}$/);
  const id = await page.getByRole('combobox', { name: 'Dataset' }).inputValue();
  await expect(rows(page)).toHaveCount(2);
  await expect.poll(() => savedIndex(page)).toBe(true);
  await page.reload();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue(id);
  await page.getByRole('button', { name: 'Remove…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove dataset' }).click();
  await expect(rows(page)).toHaveCount(6);
  await expect.poll(() => savedIndex(page)).toBe(false);
  await page.reload();
  await expect(rows(page)).toHaveCount(6);
  await expect(page.getByRole('option', { name: /Imported: sweep.csv/ })).toHaveCount(0);
});

test('a file that fails to parse leaves everything as it was, with a message', async ({ page }) => {
  await page.getByRole('checkbox', { name: 'High (2)' }).uncheck();
  // The address bar follows a change once its frame is drawn: the view to keep is the one the URL shows.
  await expect(page).toHaveURL(/tiers=/);
  const before = page.url();
  await upload(page, 'broken.json', '{"models": [1, 2');
  await expect(dialog(page).getByRole('alert')).toContainText('does not parse');
  await expect(dialog(page).getByRole('alert')).toContainText('Your current data is unchanged');
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  expect(page.url()).toBe(before);
  await expect(rows(page)).toHaveCount(4);
});

test('text that is not UTF-8 is refused with a message', async ({ page }) => {
  await page.getByRole('button', { name: 'Import data' }).click();
  await dialog(page).getByLabel('Data file').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: Buffer.from([0x4d, 0x6f, 0x64, 0xe9, 0x6c, 0x0a, 0x41]) });
  await expect(dialog(page).getByRole('alert')).toContainText('not UTF-8');
});

test('pasted TSV with fractions is read with the guessed unit, shown for the user to correct', async ({ page }) => {
  await page.getByRole('button', { name: 'Import data' }).click();
  await dialog(page).getByLabel('Paste data').fill('name\tmmlu\tparams_b\nFrac Model\t0.868\t8');
  await dialog(page).getByRole('button', { name: 'Read pasted data' }).click();
  await expect(dialog(page).getByLabel('MMLU scores are')).toHaveValue('fraction');
  await expect(dialog(page).getByRole('table', { name: 'Import preview' })).toContainText('86.8%');
});

test('the app re-imports its own JSON export without loss', async ({ page }) => {
  await page.getByRole('checkbox', { name: /^All 6 models/ }).check();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const text = await readFile((await dl.path())!, 'utf8');
  await upload(page, 'great-gpu-race.json', text);
  await expect(dialog(page).getByText(/Model MPG export of "The Great GPU Race \(2025\)" with 6 models/)).toBeVisible();
  await dialog(page).getByRole('radio', { name: 'Load as a new dataset' }).check();
  await dialog(page).getByRole('button', { name: 'Import 6 models' }).click();
  await expect(rows(page)).toHaveCount(6);
  await expect(page.locator('tr[data-model-id="gpt-4"]')).toContainText('~1.7T');
  await expect(page.getByRole('figure', { name: 'MMLU vs parameters' }).getByRole('option', { name: / — / })).toHaveCount(5);
});

test('hostile model names stay text in the table, tooltips, labels and exports', async ({ page }) => {
  const names = ['<img src=x onerror=alert(1)>', '</text><script>alert(1)</script>'] as const;
  let alerted = false;
  page.on('dialog', async (d) => { alerted = true; await d.dismiss(); });
  await upload(page, 'evil.csv', `Model,Parameters,MMLU\n"${names[0]}",7B,50\n"${names[1]}",8B,55`);
  await dialog(page).getByRole('button', { name: 'Check all 2 rows' }).click();
  await dialog(page).getByRole('button', { name: 'Import 2 valid rows' }).click();
  for (const n of names) await expect(page.getByRole('table', { name: 'Models' }).getByText(n, { exact: true })).toBeVisible();
  const figure = page.getByRole('figure', { name: 'MMLU vs parameters' });
  await expect(figure.locator('text.point-label', { hasText: names[0] })).toHaveCount(1);
  await figure.getByRole('option', { name: new RegExp(`^${names[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — `) }).hover();
  await expect(figure.locator('.chart-tooltip')).toContainText(names[0]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);

  await figure.getByRole('button', { name: 'Export' }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download SVG' }).click()]);
  const svg = await readFile((await dl.path())!, 'utf8');
  expect(svg).not.toMatch(/<script|<img/i); // the names appear only escaped
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    return {
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      elements: [...new Set(all.map((el) => el.localName))],
      handlers: all.flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))),
    };
  }, svg);
  expect(parsed.texts).toContain(names[0]);
  expect(parsed.elements).not.toContain('script');
  expect(parsed.elements).not.toContain('img');
  expect(parsed.handlers).toEqual([]);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(await readFile((await csv.path())!, 'utf8')).toContain('"</text><script>alert(1)</script>"'.replace(/^"|"$/g, ''));
  expect(alerted).toBe(false);
});

test('a model name too long for its column wraps inside its cell instead of running over the next', async ({ page }) => {
  const long = 'NousResearch_Nous_Hermes_2_Mixtral_8x7B_DPO_with_a_suffix_that_has_no_break_in_it';
  await upload(page, 'long.csv', `Model,Parameters,MMLU\n${long},7B,50\nShort,8B,55`);
  await dialog(page).getByRole('button', { name: 'Check all 2 rows' }).click();
  await dialog(page).getByRole('button', { name: 'Import 2 valid rows' }).click();
  const name = page.getByRole('table', { name: 'Models' }).getByText(long, { exact: true });
  await expect(name).toBeVisible();
  const fit = await name.evaluate((span) => {
    const cell = span.closest('td')!.getBoundingClientRect();
    const text = span.getBoundingClientRect();
    return { right: Math.round(text.right - cell.right), lines: span.getClientRects().length };
  });
  expect(fit.right).toBeLessThanOrEqual(0); // its text ends inside its own cell
  expect(fit.lines).toBeGreaterThan(1);
});

test('the sample CSV downloads from the dialog and imports cleanly', async ({ page, request }) => {
  const res = await request.get('/sample-models.csv');
  expect(res.ok()).toBe(true);
  await upload(page, 'sample-models.csv', await res.text());
  await dialog(page).getByRole('button', { name: 'Check all 3 rows' }).click();
  await expect(dialog(page).getByText('3 of 3 rows')).toBeVisible();
});

test('a 20,000-row file imports through the worker with progress', async ({ page }) => {
  const header = 'Model,Organization,Parameters,MMLU,GSM8K';
  const lines = Array.from({ length: 20000 }, (_, i) => `Synthetic ${i},Org ${i % 40},${(1 + (i % 200)) * 1e9},${(40 + (i % 50)).toFixed(1)},${(20 + (i % 70)).toFixed(1)}`);
  await upload(page, 'big.csv', [header, ...lines].join('\n'));
  await dialog(page).getByRole('button', { name: 'Check all 20,000 rows' }).click();
  await dialog(page).getByRole('radio', { name: 'Load as a new dataset' }).check();
  await dialog(page).getByRole('button', { name: 'Import 20,000 valid rows' }).click();
  await expect(page.locator('.count-line output')).toContainText('Showing 20,000 of 20,000 models');
  // Virtualized: a screenful of rows in the DOM, not 20,000; the charts draw on a canvas.
  expect(await rows(page).count()).toBeLessThan(80);
  await expect(page.getByRole('table', { name: 'Models' })).toHaveAttribute('aria-rowcount', '20001');
  const figure = page.getByRole('figure', { name: 'MMLU vs parameters' });
  await expect(figure.getByRole('application', { name: /20,000 points/ })).toBeVisible();
  // The frontier line joins as many marks as the description names frontier models.
  const described = await figure.locator('p.sr-only').textContent();
  const named = /Pareto frontier: ([^.]*)\./.exec(described ?? '')?.[1]?.split(', ') ?? [];
  const more = /^and ([\d,]+) more$/.exec(named.at(-1) ?? '');
  const frontierCount = more ? named.length - 1 + Number(more[1]!.replace(/,/g, '')) : named.length;
  expect(frontierCount).toBeGreaterThan(1);
  const path = await figure.getByTestId('frontier').getAttribute('d');
  expect(path?.split(' ').filter((step) => /^[ML]\d+(\.\d)?,\d+(\.\d)?$/.test(step))).toHaveLength(frontierCount);
  // Keyboard travel through the canvas points announces each one.
  await figure.getByRole('application').focus();
  await page.keyboard.press('ArrowRight');
  await expect(figure.locator('.chart-live')).toContainText(/^Synthetic \d+ — parameters/);
  await page.keyboard.press('Enter');
  await expect(page.locator('tr.row-selected')).toHaveCount(1);
  // The pointer finds points too: somewhere along the plot's diagonal a point is under it, and its tooltip shows.
  const hit = figure.locator('.canvas-hit');
  const box = (await hit.boundingBox())!;
  const tooltip = figure.locator('.chart-tooltip .tt-title');
  await figure.getByRole('application').press('Escape'); // clears the selection and the keyboard's tooltip
  await expect(tooltip).toBeHidden();
  for (let k = 1; k < 20 && !(await tooltip.isVisible()); k++) {
    await hit.hover({ position: { x: (box.width * k) / 20, y: box.height - (box.height * k) / 20 } });
  }
  await expect(tooltip).toHaveText(/^Synthetic \d+$/);
});

const HF = join(process.cwd(), '../shared/datasets/hf_open_llm_leaderboard_v1_2024-07.csv');
test('the full HF leaderboard dump imports in the browser', async ({ page }) => {
  test.skip(!existsSync(HF), 'needs ../shared/datasets');
  const text = await readFile(HF, 'utf8');
  await upload(page, 'hf.csv', text);
  await dialog(page).getByRole('button', { name: 'Check all 7,169 rows' }).click();
  // The leaderboard's 0s are said first, once each, before any per-row line.
  const summary = dialog(page).getByRole('list', { name: 'Problems by kind' });
  await expect(summary.getByRole('listitem')).toHaveText(['624 parameter counts of 0 read as not given', '582 GSM8K values of 0 read as not run']);
  await expect(dialog(page).getByText(/names appear more than once/)).toBeVisible();
  await expect(dialog(page).getByText(/^6,797 of 7,169 rows$/)).toBeVisible(); // repeats dropped by "keep the first"
  await dialog(page).getByRole('radio', { name: /Keep all/ }).click();
  await expect(dialog(page).getByText(/^7,169 of 7,169 rows$/)).toBeVisible();
  await expect(dialog(page).getByRole('radio', { name: /Keep all/ })).toBeChecked();
});

/** Whether imported data has been written to this browser's IndexedDB (idb-keyval's default store). */
function savedIndex(page: Page): Promise<boolean> {
  return page.evaluate(() => new Promise<boolean>((resolve) => {
    const open = indexedDB.open('keyval-store');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('keyval')) return resolve(false);
      const get = db.transaction('keyval').objectStore('keyval').get('model-mpg:user-data:v2');
      get.onsuccess = () => resolve(Boolean(get.result));
      get.onerror = () => resolve(false);
    };
  }));
}


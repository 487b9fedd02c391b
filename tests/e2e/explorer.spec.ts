import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const points = (page: Page, title = 'MMLU vs parameters') =>
  page.getByRole('figure', { name: title }).getByRole('option', { name: / — / });
/** Opens a chart's options menu (log scales, frontier, remove). */
const options = async (page: Page, title: string) => {
  const figure = page.getByRole('figure', { name: title });
  await figure.getByRole('button', { name: 'Chart options' }).click();
  return figure;
};
const countLine = (page: Page) => page.locator('.count-line output');
const rows = (page: Page) => page.getByRole('table', { name: 'Models' }).locator('tbody tr');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(points(page)).toHaveCount(5);
});

test('narrowing the parameter range from the keyboard filters table and charts together', async ({ page }) => {
  const min = page.getByRole('slider', { name: 'Minimum parameters' });
  await min.focus();
  for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowRight'); // no minimum → 10B
  await expect(page.locator('.range-readout')).toHaveText('10B and up');
  await expect(rows(page)).toHaveCount(3);
  await expect(points(page)).toHaveCount(3);
  await expect(countLine(page)).toContainText('Showing 3 of 6 models');
  await expect(countLine(page)).toContainText('Out: 2 by size, 1 of undisclosed size');
  await page.getByRole('checkbox', { name: 'Include undisclosed size' }).check();
  await expect(countLine(page)).toContainText('Showing 4 of 6 models');
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(countLine(page)).toContainText('Showing 6 of 6 models');
});

test('a preset and a cost tier narrow the view', async ({ page }) => {
  await page.getByRole('button', { name: 'Consumer (3–15B)' }).click();
  await expect(page.locator('.range-readout')).toHaveText('3B – 15B');
  await expect(points(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'All sizes' }).click();
  await page.getByRole('checkbox', { name: 'High (2)' }).uncheck();
  await expect(countLine(page)).toContainText('Showing 4 of 6 models');
  await expect(points(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Any tier' }).click();
  await expect(countLine(page)).toContainText('Showing 6 of 6 models');
});

test('search matches name and organization', async ({ page }) => {
  await page.getByLabel('Search models').fill('google');
  await expect(rows(page)).toHaveCount(1);
  await expect(points(page)).toHaveCount(1);
  await expect(points(page).first()).toHaveAccessibleName(/^Gemma — /);
  // Forgiving: "gpt4" finds GPT-4.
  await page.getByLabel('Search models').fill('gpt4');
  await expect(rows(page)).toHaveCount(1);
  await expect(points(page).first()).toHaveAccessibleName(/^GPT-4 — /);
});

test('hiding a model in the table removes it from every chart but keeps its row', async ({ page }) => {
  await page.getByRole('checkbox', { name: 'Show Gemma' }).uncheck();
  await expect(rows(page)).toHaveCount(6);
  await expect(page.locator('tr.row-hidden')).toHaveCount(1);
  await expect(points(page)).toHaveCount(4);
  await expect(points(page, 'GSM8K vs MMLU')).toHaveCount(5);
  await expect(countLine(page)).toContainText('1 switched off in charts');
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(points(page)).toHaveCount(5);
});

test('the legend toggles a whole organization', async ({ page }) => {
  const figure = page.getByRole('figure', { name: 'GSM8K vs MMLU' });
  const openai = figure.getByRole('button', { name: 'OpenAI' });
  await expect(openai).toHaveAttribute('aria-pressed', 'true');
  await openai.click();
  await expect(openai).toHaveAttribute('aria-pressed', 'false');
  await expect(points(page, 'GSM8K vs MMLU')).toHaveCount(5);
  await expect(page.getByRole('checkbox', { name: 'Show GPT-4' })).not.toBeChecked();
});

test('changing an axis and a log scale retitles and redraws the chart', async ({ page }) => {
  const figure = page.getByRole('figure', { name: 'GSM8K vs MMLU' });
  await figure.getByLabel('X axis').selectOption({ label: 'Training compute' });
  const retitled = page.getByRole('figure', { name: 'GSM8K vs training compute' });
  await expect(retitled).toBeVisible();
  await expect(retitled.getByRole('option', { name: / — / })).toHaveCount(5);
  await expect(retitled.locator('.not-plotted')).toContainText('Not plotted: 1 model (1 without training compute): Mistral Small');
  await (await options(page, 'GSM8K vs training compute')).getByRole('checkbox', { name: 'Log X' }).check();
  await expect(retitled.getByText('Training compute (FLOP) (log scale)', { exact: true })).toBeVisible();
  await expect((await options(page, 'MMLU vs inference cost')).getByRole('checkbox', { name: 'Log X' })).toBeDisabled();
});

test('clicking a point selects its row; hovering a row highlights its point', async ({ page }) => {
  await page.getByRole('figure', { name: 'MMLU vs parameters' }).getByRole('option', { name: /^DeepSeek — / }).click();
  await expect(page.locator('tr.row-selected')).toHaveAttribute('data-model-id', 'deepseek');
  await expect(page.getByRole('figure', { name: 'GSM8K vs MMLU' }).getByRole('option', { name: /^DeepSeek — / })).toHaveAttribute('aria-selected', 'true');
  await page.locator('tr[data-model-id="gemma"]').hover();
  await expect(page.getByRole('figure', { name: 'GSM8K vs MMLU' }).locator('.highlight-layer [data-model-id="gemma"]')).toHaveClass(/point-active/);
});

test('a copied link reopens the same view, and back and forward move between views', async ({ page, context }) => {
  // The address bar follows a frame or two after the view, and changes within those frames share one history
  // entry: each step waits for its own, as a person's clicks are that far apart.
  await page.getByRole('checkbox', { name: 'High (2)' }).uncheck();
  await expect(page).toHaveURL(/tiers=/);
  await page.getByRole('checkbox', { name: 'Show Qwen' }).uncheck();
  await expect(page).toHaveURL(/hide=qwen/);
  await page.getByRole('figure', { name: 'GSM8K vs MMLU' }).getByLabel('Y axis').selectOption({ label: 'MMLU per B params' });
  await expect(page).toHaveURL(/tiers=.*hide=qwen.*charts=/);
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(countLine(other)).toContainText('Showing 4 of 6 models · Out: 2 by cost tier · 1 switched off in charts');
  await expect(other.getByRole('figure', { name: 'MMLU per billion parameters vs MMLU' })).toBeVisible();
  await expect(other.getByRole('checkbox', { name: 'Show Qwen' })).not.toBeChecked();
  await page.goBack();
  await expect(page.getByRole('figure', { name: 'GSM8K vs MMLU' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: 'Show Qwen' })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: 'Show Qwen' })).not.toBeChecked();
});

test('a damaged link falls back with a notice naming what was ignored', async ({ page }) => {
  await page.goto('/?v=1&tiers=banana&q=qwen');
  await expect(page.getByText(/Ignored from the link: tiers: 'banana'/)).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
});

test('corrupt saved preferences fall back to defaults with a notice', async ({ page }) => {
  // Corrupted before the app's scripts run on the reload: set from the running page, any later store update
  // (saved data finishing loading, say) could save valid preferences over it first.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('corrupted')) return;
    sessionStorage.setItem('corrupted', '1');
    localStorage.setItem('model-mpg:preferences', '{oops');
  });
  await page.reload();
  await expect(page.getByText(/Ignored saved preferences are not valid JSON/)).toBeVisible();
  await expect(rows(page)).toHaveCount(6);
});

test('axe finds no serious or critical accessibility violations', async ({ page }) => {
  test.setTimeout(120_000); // two full scans of a dense page
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }
});

test('every control is reachable from the keyboard', async ({ page }) => {
  const reached = new Set<string>();
  for (let i = 0; i < 300 && ![...reached].some((r) => r.includes('Gemma: values')); i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
      return `${el.tagName}:${label.trim().slice(0, 40)}`;
    });
    reached.add(name);
  }
  const all = [...reached].join('\n');
  for (const expected of ['Dataset', 'Theme', 'Search models', 'Minimum parameters', 'Maximum parameters', 'Include undisclosed size',
    'Reset filters', 'High (2)', 'X axis', 'Chart options', 'Export', '5 points', 'Show Gemma', 'Gemma: values, notes and sources']) {
    expect(all).toContain(expected);
  }
});

test('a skip link jumps to the models table', async ({ page }) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the models table' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.closest('#models') !== null)).toBe(true);
});

test('a point is operable from the keyboard', async ({ page }) => {
  const chart = page.getByRole('figure', { name: 'MMLU vs parameters' }).getByRole('listbox');
  await chart.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.locator('tr.row-selected')).toHaveAttribute('data-model-id', 'gpt-4');
  await page.keyboard.press('Space');
  await expect(page.locator('tr.row-selected')).toHaveCount(0);
});

test('the sticky header hides the rows scrolled under it: every header cell is opaque, light and dark', async ({ page }) => {
  // "Header: alpha" for each cell; a translucent background let a row's values show through the header.
  const alphas = () => page.getByRole('table', { name: 'Models' }).locator('thead th').evaluateAll((cells) => cells.map((th) => {
    const bg = getComputedStyle(th).backgroundColor;
    const alpha = /\/\s*([\d.]+)\)$/.exec(bg)?.[1] ?? /^rgba\(.*,\s*([\d.]+)\)$/.exec(bg)?.[1] ?? '1';
    return `${th.textContent}: ${Number(alpha)}`;
  }));
  const opaque = (cells: string[]) => cells.map((cell) => cell.replace(/: [\d.]+$/, ': 1'));
  const headerBackground = () => page.locator('thead th.derived').first().evaluate((th) => getComputedStyle(th).backgroundColor);
  const light = await alphas();
  // The article's twelve columns, and its release dates and three prices (column-defaults).
  expect(light).toHaveLength(16);
  expect(light).toEqual(opaque(light));
  const lightBackground = await headerBackground();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(headerBackground).not.toBe(lightBackground); // the dark theme is applied
  const dark = await alphas();
  expect(dark).toEqual(opaque(dark));
});

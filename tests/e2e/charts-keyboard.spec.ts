// Issue 24: the keyboard as in the WAI-ARIA listbox pattern. A chart is one Tab stop; arrows move to the nearest point
// in their direction, Home and End to the ends, Enter selects, Escape clears, and a live region says where focus is.
// A table row's notes are one stop per row, not one per value.
import { expect, test, type Page } from '@playwright/test';
import { figure } from './charts-helpers';

const live = (page: Page, title: string) => figure(page, title).locator('.chart-live');
const activeName = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
});

test('a chart is one Tab stop, however many points it has', async ({ page }) => {
  await page.goto('/?v=1&d=extended');
  await figure(page, 'GSM8K vs MMLU').getByRole('button', { name: 'Chart options' }).focus();
  const stops: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    stops.push(await activeName(page));
  }
  // Options, Export, the plot (24 points), then the legend's first organisation: no stop per point.
  expect(stops[0]).toBe('Export');
  expect(stops[1]).toMatch(/^24 points\./);
  expect(stops[2]).toBe('Meta');
});

test('arrows move to the nearest point in their direction, Home and End to the ends, each announced', async ({ page }) => {
  await page.goto('/');
  const title = 'GSM8K vs MMLU';
  const chart = figure(page, title).getByRole('listbox');
  await chart.focus();
  await page.keyboard.press('Home');
  // Leftmost on MMLU (62.5%) is Mistral Small; right of it, Gemma (64.3%); then up and right the cloud at 77–87%.
  await expect(live(page, title)).toHaveText(/^Mistral Small — MMLU 62\.5%, GSM8K 52\.2%$/);
  await page.keyboard.press('ArrowRight');
  await expect(live(page, title)).toHaveText(/^Gemma — /);
  await page.keyboard.press('End');
  await expect(live(page, title)).toHaveText(/^Claude 3 Opus — /);
  await page.keyboard.press('ArrowDown');
  await expect(live(page, title)).toHaveText(/^GPT-4 — /);
  await page.keyboard.press('ArrowLeft');
  await expect(live(page, title)).toHaveText(/^DeepSeek — /);
  // The point reached is the listbox's active option, and its tooltip shows.
  await expect(chart).toHaveAttribute('aria-activedescendant', /.+/);
  await expect(figure(page, title).locator('.chart-tooltip .tt-title')).toHaveText('DeepSeek');
});

test('Enter selects without moving the page or focus, Escape clears the selection', async ({ page }) => {
  await page.goto('/');
  const chart = figure(page, 'MMLU vs parameters').getByRole('listbox');
  await chart.focus();
  await page.keyboard.press('End');
  const before = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Enter');
  await expect(page.locator('tr.row-selected')).toHaveAttribute('data-model-id', 'gpt-4');
  await expect(chart).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await page.keyboard.press('Escape');
  await expect(page.locator('tr.row-selected')).toHaveCount(0);
  await expect(chart).toBeFocused();
});

test('a table row is two Tab stops (show, notes), and its notes open from the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Show GPT-4' }).focus();
  const stops: string[] = [];
  for (let i = 0; i < 3; i++) {
    stops.push(await activeName(page));
    await page.keyboard.press('Tab');
  }
  expect(stops).toEqual(['Show GPT-4', 'GPT-4: values, notes and sources', 'Show Claude 3 Opus']);
  await expect(page.getByRole('button', { name: 'Claude 3 Opus: values, notes and sources' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Claude 3 Opus — values, notes and sources' });
  await expect(dialog).toContainText("Anthropic reports 95.0% (0-shot CoT)");
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Claude 3 Opus: values, notes and sources' })).toBeFocused();
});

// Issue 26's follow-up, in the browser: prices in the tooltip, the article's six emphasised among the leaderboard
// (on screen and in exports), the Pareto column's "—" and disputed frontier values, columns by dataset, the capped
// organisation legend, and the time and price axes from chart to export.
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { figure } from './charts-helpers';

const countLine = (page: Page) => page.getByRole('complementary', { name: 'Filters' }).locator('.count-line output');
const table = (page: Page) => page.getByRole('table', { name: 'Models' });
const header = (page: Page, name: RegExp) => table(page).getByRole('columnheader', { name });
const firstChart = (page: Page) => page.getByRole('figure').first();

async function open(page: Page, id: string, count: string) {
  await page.goto(`/?v=1&d=${id}`);
  await expect(countLine(page)).toContainText(`Showing ${count} of ${count} models`, { timeout: 20_000 });
}

async function download(page: Page, chart: Locator, kind: 'PNG' | 'SVG') {
  const menu = chart.getByRole('button', { name: 'Export' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [dl] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: `Download ${kind}` }).click()]);
  return { name: dl.suggestedFilename(), bytes: await readFile((await dl.path())!) };
}

/** An exported SVG's texts, and how many emphasised marks it draws. */
const readSvg = (page: Page, svg: Buffer) => page.evaluate((text) => {
  const d = new DOMParser().parseFromString(text, 'image/svg+xml');
  return { texts: [...d.querySelectorAll('text')].map((t) => t.textContent ?? ''), emphasis: d.querySelectorAll('[data-emphasis-id]').length };
}, svg.toString('utf8'));

test('a priced model\'s tooltip gives its price per million tokens beside its cost tier; an unpriced one\'s does not', async ({ page }) => {
  await page.goto('/');
  const chart = figure(page, 'GSM8K vs MMLU');
  await chart.getByRole('option', { name: /^GPT-4 — / }).hover();
  const tip = chart.locator('.chart-tooltip');
  await expect(tip).toContainText('Inference cost: High');
  await expect(tip).toContainText('$30 input, $60 output, $37.5 blended (3 input : 1 output)');
  await expect(tip).toContainText('LiteLLM');
  await chart.getByRole('option', { name: /^Gemma — / }).hover();
  await expect(tip.locator('.tt-title')).toHaveText('Gemma');
  await expect(tip).not.toContainText('Price per million tokens');
});

test('the article\'s six stand out among the leaderboard: on top, larger, labelled, explained in the legend and in exports', async ({ page }) => {
  await open(page, 'leaderboard-and-article', '6,803');
  const chart = firstChart(page);
  await expect(chart.getByRole('combobox', { name: 'X axis' })).toHaveValue('parameters');
  // Claude 3 Opus's size is undisclosed: five of the six are on MMLU vs parameters.
  const marks = chart.locator('.emphasis-layer [data-emphasis-id]');
  await expect(marks).toHaveCount(5);
  // Drawn after (above) every other mark layer.
  expect(await chart.locator('.emphasis-layer').evaluate((g) => !g.nextElementSibling || !g.nextElementSibling.matches('canvas, foreignObject'))).toBe(true);
  for (const name of ['GPT-4', 'DeepSeek', 'Qwen', 'Gemma', 'Mistral Small']) {
    await expect(chart.locator('text.point-label', { hasText: new RegExp(`^${name}$`) })).toHaveCount(1);
  }
  const key = chart.getByRole('button', { name: /larger, outlined: The Great GPU Race \(2025\)/ });
  await expect(key).toBeVisible();
  await key.click();
  await expect(page.locator('tr.row-selected')).toContainText('GPT-4');

  const svg = await readSvg(page, (await download(page, chart, 'SVG')).bytes);
  expect(svg.emphasis).toBe(5);
  // The legend's column may wrap the key over two lines.
  expect(svg.texts.join(' ')).toContain('Larger, outlined: The Great GPU Race (2025)');
  expect(svg.texts).toEqual(expect.arrayContaining(['GPT-4', 'DeepSeek', 'Mistral Small']));
});

test('the Pareto column says "—" for a model whose size is undisclosed, and the legend flags a disputed frontier value', async ({ page }) => {
  await page.goto('/');
  const row = table(page).locator('tr', { has: page.getByRole('checkbox', { name: 'Show Claude 3 Opus' }) });
  const index = await table(page).getByRole('columnheader').evaluateAll((hs) => hs.findIndex((h) => h.textContent?.startsWith('Pareto-optimal')));
  await expect(row.getByRole('cell').nth(index)).toHaveText('—');
  const qwen = table(page).locator('tr', { has: page.getByRole('checkbox', { name: 'Show Qwen' }) });
  await expect(qwen.getByRole('cell').nth(index)).toHaveText('No');
  const legend = figure(page, 'MMLU vs parameters').getByRole('list', { name: 'How to read the marks' });
  await expect(legend).toContainText("DeepSeek's MMLU (78.5%) is disputed: DeepSeek LLM 67B reports 71.3%");
  const svg = await readSvg(page, (await download(page, figure(page, 'MMLU vs parameters'), 'SVG')).bytes);
  expect(svg.texts.join(' ')).toContain("DeepSeek's MMLU (78.5%) is disputed");
});

test('the table opens with the columns the dataset has values for', async ({ page }) => {
  await open(page, 'epoch-language', '392');
  await expect(header(page, /^Release date/)).toBeVisible();
  await expect(header(page, /^Training compute/)).toHaveCount(1);
  await expect(header(page, /^MMLU/)).toHaveCount(0);
  await expect(header(page, /^ARC/)).toHaveCount(0);
  await open(page, 'open-llm-leaderboard', '6,797');
  await expect(header(page, /^ARC/)).toHaveCount(1);
  await expect(header(page, /^HellaSwag/)).toHaveCount(1);
  await expect(header(page, /^Leaderboard average/)).toHaveCount(1);
  await expect(header(page, /^Input price/)).toHaveCount(0);
  await expect(header(page, /^Release date/)).toHaveCount(0);
});

test('the leaderboard\'s organisation legend names twelve and counts the rest, on screen and in an export', async ({ page }) => {
  await open(page, 'open-llm-leaderboard', '6,797');
  const chart = firstChart(page);
  const orgs = chart.locator('fieldset.legend-orgs .legend-item');
  await expect(orgs).toHaveCount(12);
  const more = chart.getByRole('button', { name: /^\+ [\d,]+ more organisations$/ });
  const hidden = Number((await more.textContent())!.replace(/\D/g, ''));
  expect(hidden).toBeGreaterThan(1000);
  await more.click();
  await expect(orgs).toHaveCount(12 + hidden);
  // The full list scrolls in a box of its own rather than pushing the chart away.
  expect((await chart.locator('fieldset.legend-orgs').boundingBox())!.height).toBeLessThan(200);
  await chart.getByRole('button', { name: 'Show fewer organisations' }).click();
  await expect(orgs).toHaveCount(12);
  const svg = await readSvg(page, (await download(page, chart, 'SVG')).bytes);
  expect(svg.texts.some((t) => /^\+ [\d,]+ more organisations$/.test(t))).toBe(true);
});

test('Epoch\'s jointly credited models are listed and coloured by their first organisation', async ({ page }) => {
  await open(page, 'epoch-language', '392');
  const chart = firstChart(page);
  await chart.getByRole('button', { name: /more organisations/ }).click();
  const names = await chart.locator('fieldset.legend-orgs .legend-item').allTextContents();
  expect(names.length).toBeGreaterThan(50);
  expect(names.filter((n) => n.includes(','))).toEqual([]);
  // A model credited to "Google DeepMind,Google" is in the table as published.
  await expect(table(page).getByRole('cell', { name: /^[^,]+,[^,]+/ }).first()).toBeVisible();
});

test('a release-date axis orders models in time, and a price axis on a log scale plots the priced ones; both export', async ({ page }) => {
  await open(page, 'epoch-language', '392');
  const chart = firstChart(page);
  await chart.getByRole('combobox', { name: 'X axis' }).selectOption({ label: 'Release date' });
  const ticks = await chart.locator('text.recharts-xAxis.recharts-cartesian-axis-tick-value').allTextContents();
  expect(ticks.length).toBeGreaterThan(2);
  for (const t of ticks) expect(t).toMatch(/^(19|20)\d\d$/);
  expect(ticks.map(Number)).toEqual([...ticks.map(Number)].sort((a, b) => a - b));
  const svg = await readSvg(page, (await download(page, chart, 'SVG')).bytes);
  expect(svg.texts).toContain('Release or publication date');

  await open(page, 'great-gpu-race', '6');
  const scores = figure(page, 'GSM8K vs MMLU');
  await scores.getByRole('combobox', { name: 'X axis' }).selectOption({ label: 'Blended price 3:1' });
  const priced = page.getByRole('figure', { name: /^GSM8K vs blended price/i });
  // GPT-4 and Claude 3 Opus have LiteLLM prices; the open models have none and are listed as not plotted.
  await expect(priced.getByRole('option', { name: / — / })).toHaveCount(2);
  await priced.getByRole('button', { name: 'Chart options' }).click();
  await priced.getByRole('checkbox', { name: 'Log X' }).check();
  await expect(priced.locator('.axis-title').first()).toContainText('log scale');
  await expect(priced.getByRole('option', { name: / — / })).toHaveCount(2);
  const png = await download(page, priced, 'PNG');
  expect(png.name).toMatch(/^great-gpu-race_gsm8k-vs-blended-price/);
  const size = await page.evaluate(async (b64) => {
    const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    return [bmp.width, bmp.height];
  }, png.bytes.toString('base64'));
  expect(size).toEqual([1200, 675]);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const { data } = Papa.parse<Record<string, string>>((await readFile((await dl.path())!, 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const gpt4 = data.find((r) => r.name === 'GPT-4')!;
  expect([gpt4.release_date_raw, gpt4.price_input_per_m_value, gpt4.price_output_per_m_value]).toEqual(['2023-03-15', '30', '60']);
  expect(data.find((r) => r.name === 'Gemma')!.price_input_per_m_value).toBe('');
});

// Issue 24: exports that publish unedited. Landscape 1200×675 at 1× by default, square and portrait presets, light
// or dark chosen in the menu, a file name with the dataset and chart, a subtitle of what/filters/date, the sources'
// credits, "Not plotted" as a count; and the data CSV with the derived metrics and the Pareto flag.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { figure } from './charts-helpers';

let title = 'MMLU vs parameters';
const chart = (page: Page) => figure(page, title);

async function exportChart(page: Page, kind: 'PNG' | 'SVG', options: { size?: string; theme?: string; scale?: string } = {}) {
  const menu = chart(page).getByRole('button', { name: 'Export' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  if (options.size) await chart(page).getByLabel('Size').selectOption({ label: options.size });
  if (options.theme) await chart(page).getByLabel('Theme').selectOption({ label: options.theme });
  if (options.scale) await chart(page).getByLabel('PNG scale').selectOption({ label: options.scale });
  const [dl] = await Promise.all([page.waitForEvent('download'), chart(page).getByRole('button', { name: `Download ${kind}` }).click()]);
  return { name: dl.suggestedFilename(), bytes: await readFile((await dl.path())!) };
}

/** A PNG's size and the colour of its top-left corner (the background). */
const inspectPng = (page: Page, bytes: Buffer) => page.evaluate(async (b64) => {
  const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
  const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
  ctx.drawImage(bmp, 0, 0);
  return { width: bmp.width, height: bmp.height, corner: [...ctx.getImageData(2, 2, 1, 1).data] };
}, bytes.toString('base64'));

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(chart(page).locator('path.mark').first()).toBeVisible();
});

test('a PNG is landscape 1200×675 at 1× by default, light whatever the page\'s theme, named for the dataset and chart', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const png = await exportChart(page, 'PNG');
  expect(png.name).toBe('great-gpu-race_mmlu-vs-parameters.png');
  const info = await inspectPng(page, png.bytes);
  expect([info.width, info.height]).toEqual([1200, 675]);
  expect(info.corner).toEqual([255, 255, 255, 255]);
});

test('square and portrait presets, dark chosen in the menu, and a 2× scale', async ({ page }) => {
  const square = await inspectPng(page, (await exportChart(page, 'PNG', { size: 'Square 1080 × 1080', theme: 'Dark' })).bytes);
  expect([square.width, square.height]).toEqual([1080, 1080]);
  expect(square.corner).toEqual([0x1a, 0x20, 0x29, 255]);
  const portrait = await inspectPng(page, (await exportChart(page, 'PNG', { size: 'Portrait 1080 × 1350', scale: '2×' })).bytes);
  expect([portrait.width, portrait.height]).toEqual([2160, 2700]);
});

test('the SVG stands on its own: title, what/filters/date, credits, "Not plotted" as a count, marks, no scripts', async ({ page }) => {
  await page.getByRole('button', { name: 'Consumer (3–15B)' }).click();
  await page.getByRole('checkbox', { name: 'Include undisclosed size' }).check();
  const svg = await exportChart(page, 'SVG');
  expect(svg.name).toBe('great-gpu-race_mmlu-vs-parameters.svg');
  const doc = await page.evaluate((text) => {
    const d = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...d.querySelectorAll('*')];
    return {
      size: [d.documentElement.getAttribute('width'), d.documentElement.getAttribute('height')],
      texts: [...d.querySelectorAll('svg > text')].map((t) => t.textContent ?? ''),
      marks: [...d.querySelectorAll('g[aria-label]')].map((g) => g.getAttribute('aria-label')?.split(' — ')[0]),
      scripts: d.querySelectorAll('script, foreignObject').length,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      fontEmbedded: /@font-face[^}]*url\(data:font\/woff2;base64,/.test(d.querySelector('style')?.textContent ?? ''),
    };
  }, svg.bytes.toString('utf8'));
  expect(doc.size).toEqual(['1200', '675']);
  expect(doc.texts[0]).toBe('MMLU vs parameters');
  expect(doc.texts[1]).toMatch(/^2 of 6 models plotted, by MMLU and parameters · filters: parameters 3B – 15B, undisclosed sizes included · \d{4}-\d{2}-\d{2}$/);
  expect(doc.texts).toContain('Not plotted: 1 model (1 with parameters undisclosed): Claude 3 Opus.');
  expect(doc.texts.join(' ')).toContain("Source: Blaine Fisher, 'The Great GPU Race', 2025-03-23; Epoch AI, 'Data on Notable AI Models' (CC BY 4.0).");
  expect(doc.marks.sort()).toEqual(['Gemma', 'Mistral Small']);
  expect(doc.scripts).toBe(0);
  expect(doc.handlers).toEqual([]);
  expect(doc.fontEmbedded).toBe(true);
});

test('a long "Not plotted" stays a count with a few names', async ({ page }) => {
  await page.goto('/?v=1&d=extended&charts=trainingCompute.mmlu.lx');
  title = 'MMLU vs training compute';
  const svg = (await exportChart(page, 'SVG')).bytes.toString('utf8');
  title = 'MMLU vs parameters';
  const foot = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('svg > text')]
    .map((t) => t.textContent ?? '').filter((t) => t.startsWith('Not plotted')), svg);
  expect(foot).toEqual(['Not plotted: 14 models (14 without training compute): Mistral Small, Llama 3 8B Instruct, Llama 3.1 8B Instruct, and 11 more.']);
});

test('the data CSV carries the derived metrics and the Pareto flag, marked as derived', async ({ page }) => {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const { data, meta } = Papa.parse<Record<string, string>>((await readFile((await dl.path())!, 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(meta.fields!.filter((f) => f.startsWith('derived_'))).toEqual([
    'derived_mmluPerB_value', 'derived_mmluPerB_status', 'derived_gsm8kPerB_value', 'derived_gsm8kPerB_status',
    'derived_avgScore_value', 'derived_avgScore_status', 'derived_pareto_optimal_mmlu_vs_parameters',
  ]);
  const flag = (name: string) => data.find((r) => r.name === name)!.derived_pareto_optimal_mmlu_vs_parameters;
  expect(['GPT-4', 'DeepSeek', 'Gemma'].map(flag)).toEqual(['yes', 'yes', 'yes']);
  expect(['Qwen', 'Mistral Small'].map(flag)).toEqual(['no', 'no']);
  // Claude 3 Opus's size is undisclosed: whether it is on this frontier cannot be known, so no flag rather than "no".
  expect(flag('Claude 3 Opus')).toBe('');
  expect(data.find((r) => r.name === 'Qwen')!.derived_mmluPerB_value).toMatch(/^1\.07/);
});

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

/** Decodes a PNG in the page and reads its size and the colour at a pixel. */
async function inspectPng(page: Page, bytes: Buffer, at?: { x: number; y: number }) {
  return page.evaluate(async ({ b64, point }) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bmp = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const px = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data];
    return { width: bmp.width, height: bmp.height, corner: px(2, 2), at: point ? px(point.x, point.y) : null };
  }, { b64: bytes.toString('base64'), point: at });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(figure(page).getByRole('button', { name: / — / })).toHaveCount(5);
});

test('Export SVG is self-contained: title, sources, one mark per plotted model, no scripts or external references', async ({ page }) => {
  const { name, bytes } = await download(page, () => figure(page).getByRole('button', { name: 'Export SVG' }).click());
  expect(name).toBe('mmlu-vs-parameters.svg');
  const svg = bytes.toString('utf8');
  const check = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    return {
      parseError: doc.querySelector('parsererror') !== null,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      marks: [...doc.querySelectorAll('g[aria-label]')].map((g) => g.getAttribute('aria-label')),
      scripts: doc.querySelectorAll('script, foreignObject').length,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      external: all.flatMap((el) => [...el.attributes].filter((a) => /href|src/.test(a.name) && !a.value.startsWith('#')).map((a) => a.value)),
      fontEmbedded: /@font-face[^}]*url\(data:font\/woff2;base64,/.test(doc.querySelector('style')?.textContent ?? ''),
    };
  }, svg);
  expect(check.parseError).toBe(false);
  expect(check.texts).toContain('MMLU vs parameters');
  expect(check.texts).toContain('Parameters (log scale)');
  expect(check.texts.some((t) => t?.startsWith('Source: The Great GPU Race (2025-03-23)'))).toBe(true);
  expect(check.texts.some((t) => /^Exported \d{4}-\d{2}-\d{2} from Model MPG$/.test(t ?? ''))).toBe(true);
  expect(check.marks).toHaveLength(5);
  expect(check.marks.map((m) => m?.split(' — ')[0]).sort()).toEqual(['DeepSeek', 'GPT-4', 'Gemma', 'Mistral Small', 'Qwen']);
  expect(check.scripts).toBe(0);
  expect(check.handlers).toEqual([]);
  expect(check.external).toEqual([]);
  expect(check.fontEmbedded).toBe(true);
  expect(svg).not.toMatch(/url\((?!data:|#)/);
});

test('Export PNG at 2× decodes at twice the exported size, with the point drawn where it belongs', async ({ page }) => {
  const svgFile = await download(page, () => figure(page).getByRole('button', { name: 'Export SVG' }).click());
  const geometry = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const chart = root.querySelector('svg')!;
    const mark = chart.querySelector('g[aria-label^="DeepSeek"] path.mark') ?? chart.querySelector('g[aria-label^="DeepSeek"] path')!;
    const t = /translate\(([\d.]+),\s*([\d.]+)\)/.exec(mark.getAttribute('transform') ?? '')!;
    return {
      width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')),
      x: Number(chart.getAttribute('x')) + Number(t[1]), y: Number(chart.getAttribute('y')) + Number(t[2]),
    };
  }, svgFile.bytes.toString('utf8'));
  const chartWidth = await figure(page).locator('svg.recharts-surface').evaluate((el) => el.getBoundingClientRect().width);
  expect(geometry.width).toBe(Math.round(chartWidth + 40));

  const png = await download(page, () => figure(page).getByRole('button', { name: 'Export PNG' }).click());
  expect(png.name).toBe('mmlu-vs-parameters.png');
  const info = await inspectPng(page, png.bytes, { x: Math.round(geometry.x * 2), y: Math.round(geometry.y * 2) });
  expect(info.width).toBe(geometry.width * 2);
  expect(info.height).toBe(geometry.height * 2);
  expect(info.corner[3]).toBe(255); // the background is filled, not transparent
  expect(info.at).not.toEqual(info.corner);
  const [r, g, b] = info.at!;
  expect(Math.abs(r! - 0x00) + Math.abs(g! - 0x9e) + Math.abs(b! - 0x73)).toBeLessThan(60); // DeepSeek's colour
});

test.describe('scale', () => {
  for (const scale of [1, 4]) {
    test(`Export PNG at ${scale}×`, async ({ page }) => {
      await figure(page).getByLabel('PNG scale').selectOption(`${scale}`);
      const png = await download(page, () => figure(page).getByRole('button', { name: 'Export PNG' }).click());
      const chartWidth = await figure(page).locator('svg.recharts-surface').evaluate((el) => el.getBoundingClientRect().width);
      expect((await inspectPng(page, png.bytes)).width).toBe(Math.round(chartWidth + 40) * scale);
    });
  }
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

test('Copy image copies a PNG or says why it cannot', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await figure(page).getByRole('button', { name: 'Copy image' }).click();
  await expect(figure(page).locator('.export-status')).toHaveText(/Image copied to the clipboard|does not let pages copy images|refused to copy/);
});

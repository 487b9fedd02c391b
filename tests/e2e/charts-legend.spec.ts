// Issue 24: a chart's legend explains every encoding its marks use (and only those), organisations stay clickable,
// and the legend is carried into exports.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { figure, points } from './charts-helpers';

test('the legend names only plotted organisations, and explains shape, hollow, ring and whiskers', async ({ page }) => {
  await page.goto('/');
  const chart = figure(page, 'MMLU vs parameters');
  // Claude 3 Opus is not plotted here (its size is undisclosed): Anthropic has no point, so no legend entry.
  await expect(chart.getByRole('button', { name: 'Anthropic' })).toHaveCount(0);
  await expect(chart.locator('.legend-item')).toHaveText(['Alibaba (Qwen)', 'DeepSeek', 'Google', 'Mistral AI', 'OpenAI']);
  const keys = chart.getByRole('list', { name: 'How to read the marks' });
  await expect(keys).toContainText('Cost tier:');
  for (const tier of ['Lowest', 'Very Low', 'Medium-Low', 'Medium', 'High']) await expect(keys).toContainText(tier);
  await expect(keys).toContainText('hollow: estimate');
  await expect(keys).toContainText('Pareto-optimal');
  // Training compute carries Epoch AI's interval for GPT-4: whiskers, explained.
  await chart.getByLabel('X axis').selectOption({ label: 'Training compute' });
  await expect(figure(page, 'MMLU vs training compute').getByRole('list', { name: 'How to read the marks' })).toContainText('whiskers: interval');
  await expect(figure(page, 'MMLU vs training compute').locator('.error-bar')).toHaveCount(1);
  // No estimate, no frontier: nothing about them in GSM8K vs MMLU once the frontier is off.
  const scores = figure(page, 'GSM8K vs MMLU');
  await scores.getByRole('button', { name: 'Chart options' }).click();
  await scores.getByRole('checkbox', { name: 'Pareto frontier' }).uncheck();
  await expect(scores.getByRole('list', { name: 'How to read the marks' })).not.toContainText(/hollow|Pareto|whiskers/);
});

test('an organisation in the legend shows or hides all its models, and stays listed while switched off', async ({ page }) => {
  await page.goto('/');
  const openai = figure(page, 'GSM8K vs MMLU').getByRole('button', { name: 'OpenAI' });
  await openai.click();
  await expect(openai).toHaveAttribute('aria-pressed', 'false');
  await expect(points(page, 'GSM8K vs MMLU')).toHaveCount(5);
  await openai.click();
  await expect(points(page, 'GSM8K vs MMLU')).toHaveCount(6);
});

test('an exported chart carries its legend, in SVG and PNG alike', async ({ page }) => {
  await page.goto('/');
  const chart = figure(page, 'MMLU vs parameters');
  await chart.getByRole('button', { name: 'Export' }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download SVG' }).click()]);
  const svg = await readFile((await dl.path())!, 'utf8');
  const texts = await page.evaluate((s) => [...new DOMParser().parseFromString(s, 'image/svg+xml').querySelectorAll('g.legend text')].map((t) => t.textContent), svg);
  expect(texts).toEqual(expect.arrayContaining(['Organisation', 'OpenAI', 'Google', 'Inference cost tier', 'High', 'Lowest', 'Hollow: an estimate']));
  expect(texts).not.toContain('Anthropic');
  expect(texts.some((t) => t?.startsWith('Ring and line: Pareto-optimal'))).toBe(true);
  // The PNG is rasterised from the same SVG: the legend's OpenAI swatch is drawn in OpenAI's colour.
  const [png] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download PNG' }).click()]);
  const swatch = await page.evaluate(async ({ b64, s }) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const dot = [...doc.querySelectorAll('g.legend circle')].find((c) => c.getAttribute('fill') === '#06976d')!;
    const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    return [...ctx.getImageData(Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy')), 1, 1).data];
  }, { b64: (await readFile((await png.path())!)).toString('base64'), s: svg });
  expect(swatch.slice(0, 3)).toEqual([0x06, 0x97, 0x6d]);
});

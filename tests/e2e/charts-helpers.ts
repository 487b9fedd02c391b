// Shared steps for the chart browser tests: open a dataset, find a chart and its points, import a few rows.
import { expect, type Page } from '@playwright/test';

export const figure = (page: Page, title: string) => page.getByRole('figure', { name: title });
export const points = (page: Page, title: string) => figure(page, title).getByRole('option', { name: / — / });
export const rows = (page: Page) => page.getByRole('table', { name: 'Models' }).locator('tbody tr[data-model-id]');
export const countLine = (page: Page) => page.locator('.count-line output');

export async function openDataset(page: Page, label: 'The Great GPU Race (2025)' | 'Extended (27 models)') {
  await page.getByLabel('Dataset').selectOption({ label });
  await expect(rows(page)).toHaveCount(label.startsWith('Extended') ? 27 : 6);
}

/** Imports CSV text through the dialog, added to the open dataset. */
export async function mergeCsv(page: Page, name: string, text: string, count: number) {
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await page.getByRole('button', { name: 'Import data' }).click();
  await dialog.getByLabel('Data file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await dialog.getByRole('button', { name: `Check all ${count} rows` }).click();
  await dialog.getByRole('button', { name: `Import ${count} valid rows` }).click();
  await expect(dialog).toBeHidden();
}

/** A chart's organisation colours as its legend shows them, "#rrggbb" by name. */
export async function legendColours(page: Page, title: string): Promise<Record<string, string>> {
  // evaluateAll does not wait: the chart (a chunk of its own) must be there first.
  await figure(page, title).locator('.legend-item').first().waitFor();
  return figure(page, title).locator('.legend-item').evaluateAll((buttons) => Object.fromEntries(buttons.map((b) => {
    const rgb = getComputedStyle(b.querySelector('.swatch')!).borderTopColor.match(/\d+/g) ?? [];
    return [b.textContent?.trim() ?? '', `#${rgb.slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`];
  })));
}

/** The plot area of a chart in page pixels (the SVG layer's focus rectangle, or the canvas layer's box). */
export async function plotArea(page: Page, title: string) {
  const box = await figure(page, title).locator('rect.plot-focus, foreignObject[data-canvas-marks]').first().boundingBox();
  if (!box) throw new Error(`no plot area in ${title}`);
  return box;
}

// Keyboard users keep their place: when the control they used goes away, focus moves somewhere that makes sense,
// never to the page's body.
import { expect, test } from '@playwright/test';

test('an import from the keyboard: focus follows each step, then returns to "Import data"', async ({ page }) => {
  await page.goto('/');
  const open = page.getByRole('button', { name: 'Import data' });
  await open.focus();
  await page.keyboard.press('Enter');
  const d = page.getByRole('dialog', { name: 'Import data' });
  await d.getByLabel('Data file').focus();
  await d.getByLabel('Data file').setInputFiles({ name: 'k.csv', mimeType: 'text/csv', buffer: Buffer.from('Model,Parameters,MMLU\nKey A,7B,60\nKey B,14B,66') });
  // The file input is gone with its step.
  await expect(d.getByRole('region', { name: 'Map the columns' })).toBeFocused();
  await d.getByRole('button', { name: 'Check all 2 rows' }).focus();
  await page.keyboard.press('Enter');
  await expect(d.getByRole('region', { name: 'Review the rows' })).toBeFocused();
  await d.getByRole('button', { name: 'Import 2 valid rows' }).focus();
  await page.keyboard.press('Enter');
  await expect(d).toBeHidden();
  await expect(open).toBeFocused();
});

test('dismissing the last notice moves focus into the page, not to its body', async ({ page }) => {
  await page.goto('/?v=1&tiers=8&pmin=5e10&pmax=1e9');
  const dismiss = page.getByRole('button', { name: 'Dismiss notice' });
  await expect(dismiss).toHaveCount(1);
  await dismiss.focus();
  await page.keyboard.press('Enter');
  await expect(dismiss).toHaveCount(0);
  const focused = page.locator(':focus');
  await expect(focused).toHaveCount(1);
  expect(await focused.evaluate((el) => el.closest('main') !== null)).toBe(true);
});

// Issue 24: forgiving search. "gpt4", "gpt 4" and "llama3 70" find what a person means.
import { expect, test } from '@playwright/test';
import { rows } from './charts-helpers';

for (const [needle, names] of [
  ['gpt4', ['GPT-4', 'GPT-4o (2024-05-13)', 'GPT-4 Turbo (2024-04-09)']],
  ['gpt 4', ['GPT-4', 'GPT-4o (2024-05-13)', 'GPT-4 Turbo (2024-04-09)']],
  ['llama3 70', ['Llama 3 70B Instruct', 'Llama 3.1 70B Instruct']],
  ['claude3', ['Claude 3 Opus', 'Claude 3 Sonnet', 'Claude 3 Haiku']],
] as const) {
  test(`"${needle}" finds ${names.join(', ')}`, async ({ page }) => {
    await page.goto('/?v=1&d=extended');
    await page.getByRole('searchbox', { name: 'Search models' }).fill(needle);
    await expect(rows(page).locator('.model-name')).toHaveText([...names]);
  });
}

import { describe, expect, it } from 'vitest';
import { ARTICLE, EPOCH } from '../../../src/domain/datasets/sources';
import { describeView, fileNameFor, listWithMore, sourceLine } from '../../../src/domain/export/describe-view';
import { DEFAULT_FILTERS } from '../../../src/domain/filter';

describe('export wording', () => {
  it.each([
    ['MMLU vs parameters', 'png', 'mmlu-vs-parameters.png'],
    ['GSM8K per billion parameters vs training compute', 'svg', 'gsm8k-per-billion-parameters-vs-training-compute.svg'],
    ['<script>', 'svg', 'script.svg'],
    ['', 'png', 'chart.png'],
  ])('names %j as %s', (title, ext, name) => {
    expect(fileNameFor(title, ext)).toBe(name);
  });

  it('describes the view like the issue asks', () => {
    expect(describeView(4, 6, { ...DEFAULT_FILTERS, paramMin: 7e9, paramMax: 100e9, tiers: [4, 6] }))
      .toBe('4 of 6 models · parameters 7B – 100B · cost: High, Medium');
  });

  it('credits Epoch only when training compute is on the chart', () => {
    expect(sourceLine([ARTICLE, EPOCH], true)).toBe('Source: The Great GPU Race (2025-03-23); training compute: Epoch AI (CC BY 4.0)');
    expect(sourceLine([ARTICLE, EPOCH], false)).toBe('Source: The Great GPU Race (2025-03-23)');
  });

  it.each([
    [['A', 'B'], ', ', 'A, B'],
    [Array.from({ length: 20 }, (_, i) => `M${i}`), ', ', Array.from({ length: 20 }, (_, i) => `M${i}`).join(', ')],
    [Array.from({ length: 1234 }, (_, i) => `M${i}`), '; ', `${Array.from({ length: 20 }, (_, i) => `M${i}`).join('; ')}; and 1,214 more`],
  ])('lists at most 20 names, then counts the rest (%#)', (items, sep, text) => {
    expect(listWithMore(items, sep)).toBe(text);
  });
});

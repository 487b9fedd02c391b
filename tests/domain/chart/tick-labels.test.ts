import { describe, expect, it } from 'vitest';
import { logAxis, ordinalAxis } from '../../../src/domain/chart/axis-scale';
import { textWidth } from '../../../src/domain/chart/text-width';
import { categoryWidth, fitCategoryLabel, thinTicks, thinTicksVertically, TICK_FONT_PX } from '../../../src/domain/chart/tick-labels';
import { FIELDS } from '../../../src/domain/fields';

describe('thinTicks', () => {
  const tier = (v: number) => FIELDS.costTier.format(v);
  const tiers = ordinalAxis([0, 1, 2, 3, 4, 5, 6, 7]);
  const w = (t: number) => textWidth(tier(t), TICK_FONT_PX);

  it('keeps every label when there is room', () => {
    expect(thinTicks(tiers, tier, 1200)).toEqual(tiers.ticks);
  });

  it('drops middle labels that would overlap, always keeping both ends', () => {
    const kept = thinTicks(tiers, tier, 300);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(7);
    expect(kept.length).toBeLessThan(tiers.ticks.length);
    const px = (t: number) => ((t + 0.5) / 8) * 300;
    for (let i = 1; i < kept.length; i++) {
      const [a, b] = [kept[i - 1]!, kept[i]!];
      expect(px(b) - px(a)).toBeGreaterThanOrEqual((w(a) + w(b)) / 2);
    }
  });

  it('places ticks by log position on a log axis', () => {
    const axis = logAxis([1e8, 1e12]);
    const kept = thinTicks(axis, (v) => FIELDS.parameters.format(v), 200);
    expect(kept[0]).toBe(axis.ticks[0]);
    expect(kept.at(-1)).toBe(axis.ticks.at(-1));
    expect(kept.length).toBeGreaterThan(2);
  });
});

describe('thinTicksVertically', () => {
  it('drops the power of ten just under a log axis\'s 2T end, where the two labels would print over each other', () => {
    const axis = { domain: [2e8, 2e12] as [number, number], ticks: [2e8, 1e9, 1e10, 1e11, 1e12, 2e12], scale: 'log' as const };
    expect(thinTicksVertically(axis, 200)).toEqual([2e8, 1e9, 1e10, 1e11, 2e12]);
  });

  it('keeps every tick on a tall axis whose labels are well apart', () => {
    const axis = { domain: [1e9, 1e12] as [number, number], ticks: [1e9, 1e10, 1e11, 1e12], scale: 'log' as const };
    expect(thinTicksVertically(axis, 300)).toEqual([1e9, 1e10, 1e11, 1e12]);
  });
});

describe('fitCategoryLabel', () => {
  it.each([
    ['Medium-Low', 200, ['Medium-Low']],
    ['Medium-Low', 50, ['Medium-', 'Low']],
    ['Very Low', 40, ['Very', 'Low']],
    ['Medium-High', 30, ['Med.-', 'High']],
    ['Lowest', 30, ['Low.']],
    ['High', 10, ['Hi.']],
  ])('fits %j into %i px as %j', (label, width, lines) => {
    expect(fitCategoryLabel(label, width)).toEqual(lines);
  });

  it('gives each tier the room between ranks', () => {
    expect(categoryWidth({ domain: [-0.5, 7.5], ticks: [], scale: 'linear' }, 400)).toBe(44);
  });
});

describe('textWidth', () => {
  it('counts wide scripts at a full em and narrow letters at about a third', () => {
    expect(textWidth('模型', 10)).toBe(20);
    expect(textWidth('il', 10)).toBeCloseTo(6.8);
    expect(textWidth('GPT-4', 10)).toBeGreaterThan(textWidth('gpt-4', 10));
  });
});

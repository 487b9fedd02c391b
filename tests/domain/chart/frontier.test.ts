import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { ChartDerivation } from '../../../src/domain/chart/derive';
import { effectiveLog, frontierDirections } from '../../../src/domain/chart/frontier';
import type { ChartView } from '../../../src/domain/view-state';

const models = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const view: ChartView = { x: 'parameters', y: 'mmlu', logX: true, logY: false, showFrontier: true, flipX: false, flipY: false };

describe('a chart frontier', () => {
  it('prefers less size and more score unless flipped', () => {
    expect(frontierDirections(view)).toEqual(['lower', 'higher']);
    expect(frontierDirections({ ...view, flipX: true, flipY: true })).toEqual(['higher', 'lower']);
  });

  it('ignores a log toggle on an ordered axis', () => {
    expect(effectiveLog({ ...view, x: 'costTier', logY: true })).toEqual([false, true]);
  });

  it('leaves out what a log axis cannot show, as the chart does', () => {
    const zero = { ...models[0]!, id: 'zero', parameters: { value: 0, raw: '0', status: 'reported' as const }, mmlu: { value: 99, raw: '99', status: 'reported' as const } };
    const withZero = [...models, zero];
    expect(new ChartDerivation(withZero, view).frontierIds.has('zero')).toBe(false);
    expect(new ChartDerivation(withZero, { ...view, logX: false }).frontierIds.has('zero')).toBe(true);
  });
});

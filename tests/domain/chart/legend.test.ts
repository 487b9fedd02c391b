import { describe, expect, it } from 'vitest';
import { ChartDerivation } from '../../../src/domain/chart/derive';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import type { ChartView } from '../../../src/domain/view-state';

const models = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const view = (x: ChartView['x'], y: ChartView['y']): ChartView => ({ x, y, logX: false, logY: false, showFrontier: true, flipX: false, flipY: false });

describe('chartLegend', () => {
  it('lists only the organisations with a plotted point, most points first', () => {
    const { legend } = new ChartDerivation(models, view('parameters', 'mmlu'));
    // Anthropic's models are all of undisclosed size: none is plotted, so Anthropic is not in this legend.
    expect(legend.organizations.map((o) => o.name)).not.toContain('Anthropic');
    expect(legend.organizations[0]).toEqual({ name: 'Meta', count: 6 });
    expect(legend.organizations.reduce((n, o) => n + o.count, 0)).toBe(19);
  });

  it('lists the cost tiers present as shapes, no tier last, and says whether any mark is hollow or has whiskers', () => {
    const { legend } = new ChartDerivation(models, view('trainingCompute', 'mmlu'));
    // The article's models with a compute figure (Mistral Small, Lowest, has none), and the Extended rows with
    // Epoch's compute, which have no tier.
    expect(legend.tiers).toEqual([1, 3, 4, 6, null]);
    expect(legend.estimates).toBe(true);
    expect(legend.intervals).toBe(true);
    const scores = new ChartDerivation(models, view('mmlu', 'gsm8k')).legend;
    expect(scores.estimates).toBe(false);
    expect(scores.intervals).toBe(false);
    expect(scores.tiers).toEqual([0, 1, 3, 4, 6, null]);
  });
});

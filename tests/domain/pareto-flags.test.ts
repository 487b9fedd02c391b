import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { frontierOf, paretoOptimalIds } from '../../src/domain/pareto-flags';
import { buildChartData } from '../../src/features/charts/chart-data';
import { DEFAULT_CHARTS } from '../../src/store/view-slice';

const models = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const spec = DEFAULT_CHARTS[0]!; // MMLU vs parameters, log X

describe('a chart frontier shared with the table', () => {
  it('is computed once per model list and spec, whoever asks first', () => {
    const chart = buildChartData(models, spec).frontier;
    expect(frontierOf(models, spec)).toBe(chart);
    expect([...paretoOptimalIds(models, spec)].sort()).toEqual([...chart.frontier].sort());
    // Another spec or another list is another frontier.
    expect(frontierOf(models, { ...spec, flipY: true })).not.toBe(chart);
    expect(frontierOf([...models], spec)).not.toBe(chart);
  });

  it('leaves out what a log axis cannot show, as the chart does', () => {
    const zero = { ...models[0]!, id: 'zero', parameters: { value: 0, raw: '0', status: 'reported' as const }, mmlu: { value: 99, raw: '99', status: 'reported' as const } };
    const withZero = [...models, zero];
    expect(paretoOptimalIds(withZero, spec).has('zero')).toBe(false);
    expect(paretoOptimalIds(withZero, { ...spec, logX: false }).has('zero')).toBe(true);
  });
});

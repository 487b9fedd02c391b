import { describe, expect, it, vi } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import { paretoOptimalIds } from '../../src/domain/pareto-flags';
import * as pareto from '../../src/domain/pareto';
import { buildChartData } from '../../src/features/charts/chart-data';
import { DEFAULT_CHARTS } from '../../src/store/view-slice';

const models = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const spec = DEFAULT_CHARTS[0]!; // MMLU vs parameters, log X

describe('a chart frontier shared with the table', () => {
  it('is the chart\'s own frontier, read by the table without computing it again', () => {
    const chart = buildChartData(models, spec).frontier;
    const sweep = vi.spyOn(pareto, 'paretoFrontier');
    expect([...paretoOptimalIds(models, spec)]).toEqual(chart.frontier);
    expect(sweep).not.toHaveBeenCalled();
    // Another spec or another list is another frontier, computed when asked.
    paretoOptimalIds(models, { ...spec, flipY: true });
    paretoOptimalIds([...models], spec);
    expect(sweep).toHaveBeenCalledTimes(2);
  });

  it('leaves out what a log axis cannot show, as the chart does', () => {
    const zero = { ...models[0]!, id: 'zero', parameters: { value: 0, raw: '0', status: 'reported' as const }, mmlu: { value: 99, raw: '99', status: 'reported' as const } };
    const withZero = [...models, zero];
    expect(paretoOptimalIds(withZero, spec).has('zero')).toBe(false);
    expect(paretoOptimalIds(withZero, { ...spec, logX: false }).has('zero')).toBe(true);
  });
});

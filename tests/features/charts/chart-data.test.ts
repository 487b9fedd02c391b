import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { FIELDS } from '../../../src/domain/fields';
import { buildChartData } from '../../../src/features/charts/chart-data';
import { logDisabledReason } from '../../../src/features/charts/axis-scale';
import type { ChartSpec } from '../../../src/store/view-slice';

const models = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const spec: ChartSpec = { id: 'c', x: 'mmlu', y: 'gsm8k', logX: false, logY: false, showFrontier: true, flipX: false, flipY: false };

describe('buildChartData', () => {
  it('keeps the smallest plotted x and y, which decide whether a log axis is offered', () => {
    const data = buildChartData(models, spec);
    expect(data.lowest).toEqual({ x: Math.min(...data.points.x), y: Math.min(...data.points.y) });
    expect(logDisabledReason(FIELDS.mmlu, data.lowest.x)).toBeNull();
    const withZero = models.map((m, i) => (i === 2 ? { ...m, mmlu: { raw: '0', value: 0, status: 'reported' as const } } : m));
    const zeroData = buildChartData(withZero, spec);
    expect(zeroData.lowest.x).toBe(0);
    expect(logDisabledReason(FIELDS.mmlu, zeroData.lowest.x)).toMatch(/values ≤ 0/);
  });

  it('reads Infinity when nothing is plotted', () => {
    expect(buildChartData([], spec).lowest).toEqual({ x: Infinity, y: Infinity });
  });
});

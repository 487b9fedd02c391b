import { describe, expect, it } from 'vitest';
import { logDisabledReason } from '../../../src/domain/chart/axis-scale';
import { buildChartPlot, ChartDerivation, deriveCharts } from '../../../src/domain/chart/derive';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { FIELDS } from '../../../src/domain/fields';
import { paretoFrontier } from '../../../src/domain/pareto';
import { plotData } from '../../../src/domain/chart/points';
import type { ChartView } from '../../../src/domain/view-state';

const models = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const view: ChartView = { x: 'mmlu', y: 'gsm8k', logX: false, logY: false, showFrontier: true, flipX: false, flipY: false };
const charts = [{ id: 'a', ...view }, { id: 'b', ...view, x: 'parameters' as const, logX: true }];

describe('buildChartPlot', () => {
  it('keeps the smallest plotted x and y, which decide whether a log axis is offered', () => {
    const data = buildChartPlot(models, view);
    expect(data.lowest).toEqual({ x: Math.min(...data.points.x), y: Math.min(...data.points.y) });
    expect(logDisabledReason(FIELDS.mmlu, data.lowest.x)).toBeNull();
    const withZero = models.map((m, i) => (i === 2 ? { ...m, mmlu: { raw: '0', value: 0, status: 'reported' as const } } : m));
    const zeroData = buildChartPlot(withZero, view);
    expect(zeroData.lowest.x).toBe(0);
    expect(logDisabledReason(FIELDS.mmlu, zeroData.lowest.x)).toMatch(/values ≤ 0/);
  });

  it('reads Infinity when nothing is plotted', () => {
    expect(buildChartPlot([], view).lowest).toEqual({ x: Infinity, y: Infinity });
  });
});

describe('ChartDerivation', () => {
  it('has the frontier of its own plotted points, and the same parts each time they are read', () => {
    const d = new ChartDerivation(models, charts[1]!);
    const points = plotData(models, FIELDS.parameters, FIELDS.gsm8k, true).points;
    expect(d.frontier.frontier).toEqual(paretoFrontier(points, 'lower', 'higher').frontier);
    expect(d.frontier.frontier).toEqual(['gemma', 'deepseek', 'gpt-4']) // left to right;
    expect([...d.frontierIds].sort()).toEqual([...d.frontier.frontier].sort());
    expect(d.plot).toBe(d.plot);
    expect(d.frontier).toBe(d.frontier);
  });
});

describe('deriveCharts', () => {
  it('keeps a chart\'s derivation when only its frontier toggle or another chart changed', () => {
    const first = deriveCharts(models, charts);
    const toggled = deriveCharts(models, [{ ...charts[0]!, showFrontier: false }, { ...charts[1]!, y: 'mmlu' as const }], first);
    expect(toggled.get('a')).toBe(first.get('a'));
    expect(toggled.get('b')).not.toBe(first.get('b'));
    expect(toggled.get('b')!.plot.title).toBe('MMLU vs parameters');
  });

  it('makes new derivations for new models', () => {
    const first = deriveCharts(models, charts);
    const next = deriveCharts(models.slice(1), charts, first);
    expect(next.get('a')).not.toBe(first.get('a'));
    expect(next.get('a')!.plot.points.length).toBe(first.get('a')!.plot.points.length - 1);
  });
});

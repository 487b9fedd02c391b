import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/domain/filter';
import { FIELDS } from '../../../src/domain/fields';
import type { Measured } from '../../../src/domain/measured';
import type { ModelRecord } from '../../../src/domain/model';
import { ChartDerivation } from '../../../src/domain/chart/derive';
import { exportDescription } from '../../../src/features/charts/export-description';
import { DEFAULT_CHARTS } from '../../../src/store/view-slice';

const reported = (value: number): Measured => ({ value, raw: String(value), status: 'reported' });
const missing: Measured = { value: null, raw: '', status: 'missing' };

/** Models on a straight tradeoff line: each is bigger and better than the last, so all are on the frontier. */
const line = (n: number, unplotted = 0): ModelRecord[] => Array.from({ length: n + unplotted }, (_, i) => ({
  id: `m${i}`, name: `Model ${i}`, organization: 'Lab',
  parameters: i < n ? reported(1e9 * (i + 1)) : missing,
  trainingCompute: { text: '', flop: missing },
  mmlu: reported(20 + (60 * i) / (n + unplotted)), gsm8k: missing, costTier: missing, notes: [], sources: [],
}));

const spec = DEFAULT_CHARTS[0]!; // MMLU vs parameters (log), frontier on

function describeLine(models: ModelRecord[]) {
  const { plot, frontier } = new ChartDerivation(models, spec);
  const names = new Map(models.map((m) => [m.id, m.name]));
  return exportDescription({
    plot, frontier, spec, x: FIELDS.parameters, y: FIELDS.mmlu, filters: DEFAULT_FILTERS, total: models.length, shown: models.length,
    sources: [], colours: new Map(), names,
  });
}

describe('export notes', () => {
  it('names every frontier model when there are few', () => {
    const note = describeLine(line(5)).notes.find((n) => n.startsWith('Dashed line'));
    expect(note).toMatch(/Model 0, Model 1, Model 2, Model 3, Model 4\.$/);
  });

  it('names the first 20 frontier and unplotted models of a large set and counts the rest', () => {
    const { notes, subtitle } = describeLine(line(1500, 1234));
    const frontier = notes.find((n) => n.startsWith('Dashed line'))!;
    expect(frontier.match(/Model \d+/g)).toHaveLength(20);
    expect(frontier).toMatch(/, and 1,480 more\.$/);
    const notPlotted = notes.find((n) => n.startsWith('Not plotted'))!;
    expect(notPlotted.match(/Model \d+/g)).toHaveLength(20);
    expect(notPlotted).toMatch(/; and 1,214 more\.$/);
    expect(subtitle).toBe('2,734 of 2,734 models (1,500 plotted)');
  });
});

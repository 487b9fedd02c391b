import { describe, expect, it } from 'vitest';
import { ChartDerivation } from '../../../src/domain/chart/derive';
import { namedOrganizations } from '../../../src/domain/chart/legend';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import type { ModelRecord } from '../../../src/domain/model';
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

describe('a highlighted group in the legend', () => {
  const GROUP = 'The Great GPU Race (2025)';
  // The article's six marked as a group among the Extended rows, as "Leaderboard + the article's six" marks them.
  const marked: ModelRecord[] = models.map((m, i) => (i < 6 ? { ...m, highlight: GROUP } : m));

  it('names the group with the ids of its plotted points only', () => {
    const { legend, plot } = new ChartDerivation(marked, view('parameters', 'mmlu'));
    // Claude 3 Opus (undisclosed size) is not plotted, so not in the group's ids.
    expect(legend.highlights).toEqual([{ name: GROUP, ids: ['gpt-4', 'deepseek', 'qwen', 'gemma', 'mistral-small'] }]);
    expect(plot.points.highlighted.map((i) => plot.points.models[i]!.name)).toEqual(['GPT-4', 'DeepSeek', 'Qwen', 'Gemma', 'Mistral Small']);
  });

  it('has no group when no model is marked', () => {
    expect(new ChartDerivation(models, view('parameters', 'mmlu')).legend.highlights).toEqual([]);
  });
});

describe('namedOrganizations', () => {
  const orgs = Array.from({ length: 1300 }, (_, i) => `Org ${i}`);

  it('names the first ones (the most plotted) and counts the rest', () => {
    expect(namedOrganizations(orgs, 12)).toEqual({ named: orgs.slice(0, 12), more: 1288 });
  });

  it('names all when only one would be left out ("+ 1 more" takes a line too)', () => {
    expect(namedOrganizations(orgs.slice(0, 13), 12)).toEqual({ named: orgs.slice(0, 13), more: 0 });
    expect(namedOrganizations(orgs.slice(0, 14), 12).more).toBe(2);
    expect(namedOrganizations([], 12)).toEqual({ named: [], more: 0 });
  });
});

describe('organisations credited together', () => {
  it('lists a model of "Google DeepMind,Google" under its first organisation', () => {
    const joint = models.slice(0, 3).map((m) => ({ ...m, organization: 'Google DeepMind,Google' }));
    const { legend, plot } = new ChartDerivation(joint, view('mmlu', 'gsm8k'));
    expect(legend.organizations).toEqual([{ name: 'Google DeepMind', count: 3 }]);
    expect(plot.points.organization).toEqual(['Google DeepMind', 'Google DeepMind', 'Google DeepMind']);
  });
});

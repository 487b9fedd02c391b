import { describe, expect, it } from 'vitest';
import { ChartDerivation } from '../../../src/domain/chart/derive';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { DEFAULT_FILTERS, filterModels } from '../../../src/domain/filter';
import { LAB_COLOURS } from '../../../src/domain/org-colours';
import { exportTexts } from '../../../src/features/charts/export-description';
import { DEFAULT_CHARTS } from '../../../src/store/view-slice';

const article = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset;
})();
const spec = DEFAULT_CHARTS[0]!; // MMLU vs parameters (log), frontier on

function texts(models = article.models, filters = DEFAULT_FILTERS) {
  const d = new ChartDerivation(filterModels(models, filters).models, spec);
  return exportTexts({
    plot: d.plot, legend: d.legend, spec, frontier: d.frontier, frontierShown: true, disputes: d.frontierDisputes, filters,
    total: article.models.length, switchedOff: 0, sources: article.sources, date: '2026-12-05',
  });
}

describe('an exported chart\'s words', () => {
  it('titles, subtitles and credits the article\'s first chart as the issue asks', () => {
    const t = texts();
    expect(t.title).toBe('MMLU vs parameters');
    expect(t.subtitle).toBe('5 of 6 models plotted, by MMLU and parameters · no filters · 2026-12-05');
    expect(t.footer).toEqual([
      'Not plotted: 1 model (1 with parameters undisclosed): Claude 3 Opus.',
      "DeepSeek's MMLU (78.5%) is disputed: DeepSeek LLM 67B reports 71.3% (Base, 5-shot) and 71.1% (Chat); 78.5% is DeepSeek-V2 Base (236B MoE).",
      "Source: Blaine Fisher, 'The Great GPU Race', 2025-03-23; Epoch AI, 'Data on Notable AI Models' (CC BY 4.0). Chart: Model MPG.",
    ]);
  });

  it('carries the legend: plotted organisations in their colours, the tiers\' shapes, hollow and the frontier', () => {
    const { legend } = texts();
    expect(legend.filter((e) => e.type === 'colour').map((e) => e.text)).not.toContain('Anthropic');
    expect(legend).toContainEqual({ type: 'colour', text: 'OpenAI', colour: LAB_COLOURS.openai });
    expect(legend.filter((e) => e.type === 'shape').map((e) => e.text)).toEqual(['Lowest', 'Very Low', 'Medium-Low', 'Medium', 'High']);
    expect(legend.map((e) => e.type)).toEqual(expect.arrayContaining(['hollow', 'frontier']));
    expect(legend.find((e) => e.type === 'frontier')?.text).toBe('Ring and line: Pareto-optimal (higher MMLU, lower parameters is better)');
    expect(legend.some((e) => e.type === 'interval')).toBe(false);
  });

  it('names the filters in the subtitle', () => {
    expect(texts(article.models, { ...DEFAULT_FILTERS, paramMin: 3e9, paramMax: 15e9 }).subtitle)
      .toBe('2 of 6 models plotted, by MMLU and parameters · filters: parameters 3B – 15B, undisclosed sizes excluded · 2026-12-05');
  });

  it('keeps a long "Not plotted" to a count and three names', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...article.models[1]!, id: `c${i}`, name: `Model ${i}` }));
    const foot = texts([...article.models, ...many]).footer[0]!;
    expect(foot).toBe('Not plotted: 301 models (301 with parameters undisclosed): Claude 3 Opus, Model 0, Model 1, and 298 more.');
  });

  it('names the highlighted group and folds a leaderboard\'s organisations into a count', () => {
    const marked = article.models.map((m) => ({ ...m, highlight: 'The Great GPU Race (2025)' }));
    const crowd = Array.from({ length: 40 }, (_, i) => ({ ...article.models[0]!, id: `m${i}`, name: `Model ${i}`, organization: `Org ${i}` }));
    const { legend } = texts([...marked, ...crowd]);
    expect(legend.slice(0, 3)).toEqual([
      { type: 'heading', text: 'Highlighted' }, { type: 'highlight', text: 'Larger, outlined: The Great GPU Race (2025)' },
      { type: 'heading', text: 'Organisation' },
    ]);
    const more = legend.find((e) => e.type === 'more');
    // 40 + 5 plotted organisations, a few named.
    expect(more && more.type === 'more' && more.count).toBe(45 - legend.filter((e) => e.type === 'colour').length);
    expect(texts().legend.some((e) => e.type === 'highlight' || e.type === 'more')).toBe(false);
  });

  it('words a time axis and a price axis: title, subtitle and what is not plotted', () => {
    const view = { ...spec, x: 'releaseDate' as const, y: 'priceBlended' as const, logX: false, logY: true };
    const d = new ChartDerivation(article.models, view);
    const t = exportTexts({
      plot: d.plot, legend: d.legend, spec: view, frontier: d.frontier, frontierShown: false, disputes: [], filters: DEFAULT_FILTERS,
      total: article.models.length, switchedOff: 0, sources: article.sources, date: '2026-12-05',
    });
    // GPT-4 and Claude 3 Opus are priced; the open models have no LiteLLM price.
    expect(t.title).toBe(d.plot.title);
    expect(t.subtitle).toBe('2 of 6 models plotted, by blended price (3 input : 1 output) and release date · no filters · 2026-12-05');
    expect(t.footer[0]).toMatch(/^Not plotted: 4 models/);
    expect(t.footer.at(-1)).toContain('LiteLLM');
  });
});

import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/domain/chart/text-width';
import { foldColourKeys, layoutExport, moreEntry, wrap, type LegendEntry } from '../../src/lib/export-layout';
import { EXPORT_PRESETS, type ExportPreset } from '../../src/lib/export-presets';

const legend: LegendEntry[] = [
  { type: 'heading', text: 'Organisation' },
  ...['OpenAI', 'Anthropic', 'DeepSeek', 'Alibaba (Qwen)', 'Google', 'Mistral AI'].map((text) => ({ type: 'colour' as const, text, colour: '#000' })),
  { type: 'heading', text: 'Inference cost tier' },
  { type: 'shape', text: 'High', kind: 'cross' },
  { type: 'hollow', text: 'Hollow: an estimate' },
];
const texts = {
  title: 'MMLU vs parameters',
  subtitle: '5 of 6 models plotted, by MMLU and parameters · no filters · 2026-12-05',
  footer: ['Not plotted: 1 model (1 with parameters undisclosed): Claude 3 Opus.', "Source: Blaine Fisher, 'The Great GPU Race', 2025-03-23. Chart: Model MPG."],
  legend,
};
const inside = (b: { x: number; y: number; width: number; height: number }, w: number, h: number) => b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h;

describe('layoutExport', () => {
  it.each(Object.keys(EXPORT_PRESETS) as ExportPreset[])('fits everything of a %s export inside it without overlaps', (preset) => {
    const { width, height } = EXPORT_PRESETS[preset];
    const l = layoutExport(preset, texts);
    expect([l.width, l.height]).toEqual([width, height]);
    expect(inside(l.chart, width, height)).toBe(true);
    // The plot gets most of the picture.
    expect(l.chart.width * l.chart.height).toBeGreaterThan(0.45 * width * height);
    const lines = [...l.text, ...l.legend.flatMap((e) => e.lines)];
    for (const t of lines) {
      expect(t.x + textWidth(t.text, t.size)).toBeLessThanOrEqual(width);
      expect(t.y).toBeLessThanOrEqual(height);
    }
    // Title and subtitle above the plot, the foot and the legend (square, portrait) below it or beside it.
    const title = l.text.find((t) => t.text === 'MMLU vs parameters')!;
    expect(title.y).toBeLessThan(l.chart.y);
    const source = l.text.find((t) => t.text.startsWith('Source:'))!;
    expect(source.y).toBeGreaterThan(l.chart.y + l.chart.height);
    for (const e of l.legend) {
      const beside = e.lines[0]!.x >= l.chart.x + l.chart.width;
      const below = e.lines[0]!.y > l.chart.y + l.chart.height;
      expect(beside || below).toBe(true);
    }
  });

  it('is landscape 1200 × 675 by default size, with the legend in a column on the right', () => {
    const l = layoutExport('landscape', texts);
    expect(l.legend.every((e) => e.lines[0]!.x > 900)).toBe(true);
  });
});

describe('a legend of a leaderboard\'s organisations', () => {
  const orgs = Array.from({ length: 80 }, (_, i) => ({ type: 'colour' as const, text: `A rather long organisation name ${i}`, colour: '#000' }));
  const many: LegendEntry[] = [
    { type: 'heading', text: 'Highlighted' }, { type: 'highlight', text: 'Larger, outlined: The Great GPU Race (2025)' },
    { type: 'heading', text: 'Organisation' }, ...orgs, moreEntry(1195),
    { type: 'heading', text: 'Inference cost tier' }, { type: 'shape', text: 'High', kind: 'cross' }, { type: 'hollow', text: 'Hollow: an estimate' },
    { type: 'frontier', text: 'Ring and line: Pareto-optimal (higher MMLU, lower parameters is better)' },
  ];
  const bigTexts = { ...texts, legend: many };

  it('folds the last organisations into the count, which takes the place of the first it stands for', () => {
    const folded = foldColourKeys(many, 3);
    expect(folded.filter((e) => e.type === 'colour')).toHaveLength(77);
    const at = folded.findIndex((e) => e.type === 'more');
    expect(folded[at]).toEqual(moreEntry(1198));
    expect(folded[at - 1]).toMatchObject({ text: 'A rather long organisation name 76' });
    expect(folded.filter((e) => e.type === 'more')).toHaveLength(1);
    expect(foldColourKeys(many, 0)).toEqual(many);
    expect(moreEntry(1216).text).toBe('+ 1,216 more organisations');
    expect(foldColourKeys(many, 80).filter((e) => e.type === 'colour')).toHaveLength(0);
  });

  it.each(Object.keys(EXPORT_PRESETS) as ExportPreset[])('keeps a %s export\'s legend inside the picture, clear of the foot, keeping the highlight and the frontier', (preset) => {
    const l = layoutExport(preset, bigTexts);
    const footTop = Math.min(...l.text.filter((t) => t.text.startsWith('Not plotted') || t.text.startsWith('Source')).map((t) => t.y)) - 10;
    for (const e of l.legend) for (const t of e.lines) expect(t.y).toBeLessThan(footTop);
    const shown = l.legend.map((e) => e.entry.type);
    expect(shown).toEqual(expect.arrayContaining(['highlight', 'frontier', 'more']));
    expect(l.legend.find((e) => e.entry.type === 'more')!.glyph).toBeNull();
    // The plot keeps most of the picture.
    const { width, height } = EXPORT_PRESETS[preset];
    expect(l.chart.width * l.chart.height).toBeGreaterThan(0.4 * width * height);
    if (preset !== 'landscape') {
      // Rows under the plot take at most about a third of the room between the subtitle and the foot.
      const legendTop = Math.min(...l.legend.flatMap((e) => e.lines.map((t) => t.y)));
      expect(footTop - legendTop).toBeLessThan((footTop - l.chart.y) / 3 + 24);
    }
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width', () => {
    const lines = wrap('word '.repeat(60).trim(), 300, 12);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(300);
  });
});

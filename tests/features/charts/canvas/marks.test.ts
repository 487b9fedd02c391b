import { describe, expect, it } from 'vitest';
import { linearAxis, logAxis } from '../../../../src/domain/chart/axis-scale';
import { plotData } from '../../../../src/domain/chart/points';
import { loadBuiltInDataset } from '../../../../src/domain/datasets';
import { FIELDS } from '../../../../src/domain/fields';
import { LAB_COLOURS } from '../../../../src/domain/org-colours';
import { MarkFinder, markOf, placeMarks, SpriteNumbers } from '../../../../src/features/charts/canvas/marks';

const models = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const { points } = plotData(models, FIELDS.mmlu, FIELDS.gsm8k);
const xAxis = { domain: [60, 100] as [number, number], ticks: [], scale: 'linear' as const };
const yAxis = { domain: [0, 100] as [number, number], ticks: [], scale: 'linear' as const };

describe('placing marks', () => {
  it('puts the domain\'s ends on the area\'s edges, y upwards, and keeps each mark\'s point', () => {
    const marks = placeMarks(points, xAxis, yAxis, { width: 400, height: 200 });
    expect(marks.length).toBe(points.length);
    for (let i = 0; i < marks.length; i++) {
      const j = marks.point[i]!;
      expect(marks.px[i]).toBeCloseTo(((points.x[j]! - 60) / 40) * 400, 9);
      expect(marks.py[i]).toBeCloseTo(200 - (points.y[j]! / 100) * 200, 9);
    }
  });

  it('gives no mark to a point a log axis cannot show, and finds marks by point', () => {
    const withZero = plotData([{ ...models[0]!, id: 'zero', mmlu: { value: 0, raw: '0', status: 'reported' as const } }, ...models], FIELDS.mmlu, FIELDS.gsm8k).points;
    const marks = placeMarks(withZero, logAxis([1, 100]), linearAxis([0, 100]), { width: 400, height: 200 });
    expect(marks.length).toBe(withZero.length - 1);
    expect(markOf(marks, 0)).toBe(-1);
    expect(markOf(marks, 1)).toBe(0);
    expect(markOf(marks, withZero.length - 1)).toBe(marks.length - 1);
  });

  it('styles a mark by organization (its colour everywhere), cost tier and estimate', () => {
    const marks = placeMarks(points, xAxis, yAxis, { width: 400, height: 200 });
    const gpt4 = marks.sprites[marks.sprite[markOf(marks, points.indexOfId('gpt-4'))]!]!;
    expect(gpt4).toEqual({ colour: LAB_COLOURS.openai, kind: 'cross', hollow: false }); // High
    const gemma = marks.sprites[marks.sprite[markOf(marks, points.indexOfId('gemma'))]!]!;
    expect(gemma).toEqual({ colour: LAB_COLOURS.google, kind: 'square', hollow: false }); // Very Low
  });
});

describe('numbering mark styles', () => {
  it('numbers each colour, shape and fill once, in order of first appearance', () => {
    const numbers = new SpriteNumbers();
    const got = [
      numbers.of('#000', 'square', false), numbers.of('#000', 'square', true), numbers.of('#fff', 'square', false),
      numbers.of('#000', 'square', false), numbers.of('#000', 'circle', false),
    ];
    expect(got).toEqual([0, 1, 2, 0, 3]);
    expect(numbers.sprites).toEqual([
      { colour: '#000', kind: 'square', hollow: false },
      { colour: '#000', kind: 'square', hollow: true },
      { colour: '#fff', kind: 'square', hollow: false },
      { colour: '#000', kind: 'circle', hollow: false },
    ]);
  });
});

describe('finding marks', () => {
  const marks = placeMarks(points, xAxis, yAxis, { width: 400, height: 200 });
  const finder = new MarkFinder(marks);

  it('finds the nearest mark within reach of the pointer, and none farther away', () => {
    const d = (k: number, x: number, y: number) => Math.hypot(marks.px[k]! - x, marks.py[k]! - y);
    for (let i = 0; i < marks.length; i++) {
      const [x, y] = [marks.px[i]! + 3, marks.py[i]! - 2];
      const found = finder.nearest(x, y);
      expect(found).toBeGreaterThanOrEqual(0);
      expect(d(found, x, y)).toBeLessThanOrEqual(d(i, x, y));
    }
    expect(finder.nearest(-50, -50)).toBe(-1);
  });
});

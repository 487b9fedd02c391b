import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawMarks, marksToSvgPaths, SpriteSheet, translatePolygon } from '../../../../src/features/charts/canvas/draw';
import type { MarkSet, SpriteKey } from '../../../../src/features/charts/canvas/marks';

const markSet = (marks: { px: number; py: number; sprite: number }[], sprites: SpriteKey[]): MarkSet => ({
  length: marks.length,
  px: Float64Array.from(marks, (m) => m.px), py: Float64Array.from(marks, (m) => m.py), sprite: Uint16Array.from(marks, (m) => m.sprite),
  sprites, point: Uint32Array.from(marks, (_, i) => i),
});
const SQUARE: SpriteKey = { colour: '#000', kind: 'square', hollow: false };
const RING: SpriteKey = { colour: '#000', kind: 'circle', hollow: true };

/** A 2D context that records what is drawn (jsdom has no canvas). */
function recordingCanvas() {
  const drawn: [unknown, number, number][] = [];
  const ctx = {
    drawImage: (image: unknown, x: number, y: number) => drawn.push([image, x, y]),
    save() {}, restore() {}, setTransform() {}, scale() {}, translate() {}, fill() {}, stroke() {},
    set fillStyle(_: string) {}, set strokeStyle(_: string) {}, set lineWidth(_: number) {}, set globalAlpha(_: number) {},
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
  vi.stubGlobal('Path2D', class { constructor(readonly d: string) {} });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
}

describe('drawing marks from sprites', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws each mark in order, later on top, from one sprite per style, centred on a whole device pixel', () => {
    const { ctx, drawn } = recordingCanvas();
    const sheet = new SpriteSheet(2);
    const marks = markSet([{ px: 10.3, py: 20, sprite: 0 }, { px: 30, py: 40.26, sprite: 1 }, { px: 50, py: 60, sprite: 0 }], [SQUARE, RING]);
    drawMarks(ctx, marks, sheet);
    const half = sheet.size / 2;
    expect(drawn.map(([, x, y]) => [x, y])).toEqual([[21 - half, 40 - half], [60 - half, 81 - half], [100 - half, 120 - half]]);
    expect(drawn[0]![0]).toBe(drawn[2]![0]);
    expect(drawn[0]![0]).not.toBe(drawn[1]![0]);
    expect(sheet.get(SQUARE)).toBe(drawn[0]![0]);
  });

  it('draws nothing where the browser has no 2D canvas', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const drawImage = vi.fn();
    const ctx = { drawImage, save() {}, restore() {}, setTransform() {} } as unknown as CanvasRenderingContext2D;
    drawMarks(ctx, markSet([{ px: 1, py: 1, sprite: 0 }], [SQUARE]), new SpriteSheet(1));
    expect(drawImage).not.toHaveBeenCalled();
  });
});

describe('canvas marks as SVG', () => {
  it('moves every coordinate pair of a polygon', () => {
    expect(translatePolygon('M-1,-1L1,-1L1,1Z', 10, 20)).toBe('M9.0,19.0L11.0,19.0L11.0,21.0Z');
  });

  it('writes one path per style, one subpath per mark, shifted into the chart, hollow marks filled with the background', () => {
    const marks = markSet([{ px: 10, py: 10, sprite: 0 }, { px: 20, py: 20, sprite: 0 }, { px: 30, py: 30, sprite: 1 }], [SQUARE, RING]);
    const paths = marksToSvgPaths(marks, '#fff', 100, 50);
    expect(paths).toHaveLength(2);
    expect(paths[0]!.d.match(/M/g)).toHaveLength(2);
    expect(paths[0]).toMatchObject({ fill: '#000', stroke: '#000', strokeWidth: '0.6' });
    expect(paths[1]).toMatchObject({ fill: '#fff', stroke: '#000', strokeWidth: '1.6' });
    expect(paths[1]!.d).toMatch(/^M133\.\d,80\.0a/);
  });
});

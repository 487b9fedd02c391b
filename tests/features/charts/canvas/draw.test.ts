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

/**
 * A canvas whose sprites are one opaque pixel at their centre, in a colour per style drawn, and whose drawn
 * image is recorded (jsdom has no canvas).
 */
function recordingCanvas(canvasWidth: number, canvasHeight: number) {
  const put: { data: Uint8ClampedArray; width: number; height: number }[] = [];
  let fill = '';
  const sprite = {
    save() {}, restore() {}, setTransform() {}, clearRect() {}, translate() {}, fill() {}, stroke() {},
    set fillStyle(v: string) { fill = v; }, set strokeStyle(_: string) {}, set lineWidth(_: number) {}, set globalAlpha(_: number) {},
    getImageData: (_x: number, _y: number, w: number, h: number) => {
      const data = new Uint8ClampedArray(w * h * 4);
      const centre = (Math.floor(h / 2) * w + Math.floor(w / 2)) * 4;
      data.set(fill === '#000' ? [0, 0, 0, 255] : [255, 255, 255, 255], centre);
      return { data };
    },
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(sprite as never);
  vi.stubGlobal('Path2D', class { constructor(readonly d: string) {} });
  vi.stubGlobal('ImageData', class { constructor(readonly data: Uint8ClampedArray, readonly width: number, readonly height: number) {} });
  const ctx = { canvas: { width: canvasWidth, height: canvasHeight }, putImageData: (image: (typeof put)[number]) => put.push(image) };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, put };
}

describe('drawing marks from sprites', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('puts one image of the whole canvas, each mark centred on a whole device pixel', () => {
    const { ctx, put } = recordingCanvas(120, 130);
    const sheet = new SpriteSheet(2);
    const marks = markSet([{ px: 10.3, py: 20, sprite: 0 }, { px: 30, py: 40.26, sprite: 0 }], [SQUARE]);
    drawMarks(ctx, marks, sheet);
    expect(put).toHaveLength(1);
    const { data, width, height } = put[0]!;
    expect([width, height]).toEqual([120, 130]);
    // 10.3 × 2 = 20.6 → 21; 40.26 × 2 = 80.52 → 81: the sprites' centre pixels land there.
    const opaque = [...data.keys()].filter((i) => i % 4 === 3 && data[i] === 255).map((i) => [((i - 3) / 4) % 120, Math.floor((i - 3) / 4 / 120)]);
    expect(opaque).toEqual([[21, 40], [60, 81]]);
  });

  it('draws later marks on top, one sprite per style', () => {
    const { ctx, put } = recordingCanvas(10, 10);
    const white: SpriteKey = { colour: '#fff', kind: 'square', hollow: false };
    drawMarks(ctx, markSet([{ px: 5, py: 5, sprite: 0 }, { px: 5, py: 5, sprite: 1 }, { px: 2, py: 2, sprite: 1 }], [SQUARE, white]), new SpriteSheet(1));
    const at = (x: number, y: number) => [...put[0]!.data.slice((y * 10 + x) * 4, (y * 10 + x) * 4 + 4)];
    expect(at(5, 5)).toEqual([255, 255, 255, 255]);
    expect(at(2, 2)).toEqual([255, 255, 255, 255]);
  });

  it('draws nothing where the browser has no 2D canvas', () => {
    const { ctx, put } = recordingCanvas(4, 4);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    drawMarks(ctx, markSet([{ px: 1, py: 1, sprite: 0 }], [SQUARE]), new SpriteSheet(1));
    expect([...put[0]!.data].every((v) => v === 0)).toBe(true);
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

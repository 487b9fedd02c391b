import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawMarksProgressively, marksToSvgPaths, translatePolygon, type CanvasMark } from '../../src/lib/canvas-marks';
import { symbolPath, type SymbolKind } from '../../src/lib/symbols';

const KINDS: SymbolKind[] = ['circle', 'square', 'triangle', 'triangleDown', 'diamond', 'wye', 'wyeDown', 'cross', 'star'];

describe('symbols', () => {
  it.each(KINDS)('%s is a closed path centred on the origin', (kind) => {
    const d = symbolPath(kind, 90);
    expect(d).toMatch(/^M.*Z$/);
    const coords = [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [x, y] of coords) expect(Math.hypot(x!, y!)).toBeLessThan(12);
  });

  it('gives each cost tier a different shape', () => {
    expect(new Set(KINDS.map((k) => symbolPath(k, 90))).size).toBe(KINDS.length);
  });
});

describe('canvas marks as SVG', () => {
  it('moves every coordinate pair of a polygon', () => {
    expect(translatePolygon('M-1,-1L1,-1L1,1Z', 10, 20)).toBe('M9.0,19.0L11.0,19.0L11.0,21.0Z');
  });

  it('writes one path per colour, shape and fill, with one subpath per point', () => {
    const marks: CanvasMark[] = [
      { px: 10, py: 10, colour: '#000', kind: 'square', hollow: false },
      { px: 20, py: 20, colour: '#000', kind: 'square', hollow: false },
      { px: 30, py: 30, colour: '#000', kind: 'circle', hollow: true },
    ];
    const paths = marksToSvgPaths(marks, '#fff');
    expect(paths).toHaveLength(2);
    expect(paths[0]![0]!.match(/M/g)).toHaveLength(2);
    expect(paths[1]).toEqual([expect.stringMatching(/^M3\d\.\d,30\.0a/), '#fff', '#000', '1.6']);
  });
});

describe('progressive drawing', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** A 2D context that records where each sprite was copied; jsdom has no canvas of its own. */
  function fakeCanvas() {
    const drawn: [number, number][] = [];
    const ctx = {
      drawImage: (_img: unknown, x: number, y: number) => drawn.push([x, y]),
      save() {}, restore() {}, setTransform() {}, scale() {}, translate() {}, fill() {}, stroke() {},
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
    vi.stubGlobal('Path2D', class {});
    return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
  }

  function manualFrames() {
    const queue: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => queue.splice(0));
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    return { run: () => queue.shift()?.(0), pending: () => queue.length };
  }

  const marks = (n: number): CanvasMark[] =>
    Array.from({ length: n }, (_, i) => ({ px: i % 500, py: Math.floor(i / 500), colour: '#0072B2', kind: 'circle', hollow: i % 2 === 0 }));

  it('draws every mark once, in order, at whole pixels, spread over several frames', () => {
    const { ctx, drawn } = fakeCanvas();
    const frames = manualFrames();
    const all = marks(20_000);
    let done = false;
    drawMarksProgressively(ctx, all, 1, () => { done = true; });
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(all.length);
    let guard = 0;
    while (frames.pending() && guard++ < 100) frames.run();
    expect(done).toBe(true);
    expect(drawn).toHaveLength(all.length);
    expect(drawn.every(([x, y]) => Number.isInteger(x) && Number.isInteger(y))).toBe(true);
    expect(drawn.slice(0, 3)).toEqual([[-10, -10], [-9, -10], [-8, -10]]);
  });

  it('stops when cancelled', () => {
    const { ctx, drawn } = fakeCanvas();
    const frames = manualFrames();
    let done = false;
    const cancel = drawMarksProgressively(ctx, marks(20_000), 2, () => { done = true; });
    const first = drawn.length;
    cancel();
    frames.run();
    expect(drawn).toHaveLength(first);
    expect(done).toBe(false);
  });
});


import { afterEach, describe, expect, it, vi } from 'vitest';
import * as fc from 'fast-check';
import { drawMarksProgressively, MarkRaster, markSetOf, marksToPngDataUrl, marksToSvgPaths, shiftMarks, spritePixelsFromRgba, translatePolygon, type CanvasMark, type SpritePixels } from '../../src/lib/canvas-marks';
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

describe('marks as columns', () => {
  it('numbers each colour, shape and fill once, in order of first appearance', () => {
    const set = markSetOf([
      { px: 1, py: 2, colour: '#000', kind: 'square', hollow: false },
      { px: 3, py: 4, colour: '#000', kind: 'square', hollow: true },
      { px: 5, py: 6, colour: '#fff', kind: 'square', hollow: false },
      { px: 7, py: 8, colour: '#000', kind: 'square', hollow: false },
      { px: 9, py: 10, colour: '#000', kind: 'circle', hollow: false },
    ]);
    expect(set.length).toBe(5);
    expect([...set.sprite]).toEqual([0, 1, 2, 0, 3]);
    expect(set.sprites).toEqual([
      { colour: '#000', kind: 'square', hollow: false },
      { colour: '#000', kind: 'square', hollow: true },
      { colour: '#fff', kind: 'square', hollow: false },
      { colour: '#000', kind: 'circle', hollow: false },
    ]);
    expect([...set.px]).toEqual([1, 3, 5, 7, 9]);
    expect([...set.py]).toEqual([2, 4, 6, 8, 10]);
  });

  it('shifts a copy, leaving the marks a layer drew as they were', () => {
    const set = markSetOf([{ px: 1.5, py: 2, colour: '#000', kind: 'square', hollow: false }]);
    const moved = shiftMarks(set, 10, 20);
    expect([moved.px[0], moved.py[0]]).toEqual([11.5, 22]);
    expect([set.px[0], set.py[0]]).toEqual([1.5, 2]);
    expect(moved.sprites).toBe(set.sprites);
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
    const paths = marksToSvgPaths(markSetOf(marks), '#fff');
    expect(paths).toHaveLength(2);
    expect(paths[0]![0]!.match(/M/g)).toHaveLength(2);
    expect(paths[1]).toEqual([expect.stringMatching(/^M3\d\.\d,30\.0a/), '#fff', '#000', '1.6']);
  });
});

describe('blending marks', () => {
  const onePixel = (rgba: [number, number, number, number]) => spritePixelsFromRgba(new Uint8ClampedArray(rgba), 1);

  it('composites source-over, as a canvas would, taking the top mark first', () => {
    const raster = new MarkRaster(2, 1);
    raster.blendUnder(onePixel([0, 0, 255, 128]), 0, 0);
    raster.blendUnder(onePixel([255, 0, 0, 255]), 0, 0);
    const out = new Uint8ClampedArray(8);
    raster.toRgba(out);
    // Half-transparent blue over opaque red: about half of each, fully opaque; the other pixel stays empty.
    expect([...out.slice(0, 4)].map((v) => Math.round(v / 5) * 5)).toEqual([125, 0, 130, 255]);
    expect([...out.slice(4)]).toEqual([0, 0, 0, 0]);
  });

  it('keeps only visible sprite pixels and clips marks at the canvas edge', () => {
    const rgba = new Uint8ClampedArray(2 * 2 * 4);
    rgba.set([0, 255, 0, 255], 3 * 4); // bottom-right pixel only
    const sprite = spritePixelsFromRgba(rgba, 2);
    expect([...sprite.xs, ...sprite.ys]).toEqual([1, 1]);
    const raster = new MarkRaster(2, 2);
    raster.blendUnder(sprite, 1, 1); // lands outside
    raster.blendUnder(sprite, -1, -1); // lands on (0, 0)
    const out = new Uint8ClampedArray(16);
    raster.toRgba(out);
    expect([...out.slice(0, 4)]).toEqual([0, 255, 0, 255]);
    expect(out.slice(4).every((v) => v === 0)).toBe(true);
  });

  /** Source-over, bottom mark first: the order a canvas draws in. */
  function paintBackToFront(width: number, height: number, marks: readonly [SpritePixels, number, number][]): Uint8ClampedArray {
    const acc = new Float32Array(width * height * 4);
    for (const [s, x0, y0] of marks) {
      for (let k = 0; k < s.xs.length; k++) {
        const x = x0 + s.xs[k]!;
        const y = y0 + s.ys[k]!;
        if (x < 0 || y < 0 || x >= width || y >= height) continue;
        const i = (y * width + x) * 4;
        const keep = 1 - s.a[k]!;
        acc[i] = s.r[k]! + acc[i]! * keep;
        acc[i + 1] = s.g[k]! + acc[i + 1]! * keep;
        acc[i + 2] = s.b[k]! + acc[i + 2]! * keep;
        acc[i + 3] = s.a[k]! + acc[i + 3]! * keep;
      }
    }
    const out = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < acc.length; i += 4) {
      const a = acc[i + 3]!;
      if (a > 0) out.set([(acc[i]! / a) * 255, (acc[i + 1]! / a) * 255, (acc[i + 2]! / a) * 255, a * 255], i);
    }
    return out;
  }

  // Small sprites of random pixels (some opaque, some faint), piled on a small canvas so most of it is covered
  // many times over and whole marks get skipped.
  const arbSprite = fc.array(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.constantFrom(255, 255, 217, 128, 30)), { minLength: 36, maxLength: 36 })
    .map((px) => spritePixelsFromRgba(Uint8ClampedArray.from(px.flat()), 6));
  const arbPile = fc.tuple(fc.array(arbSprite, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(3), fc.integer({ min: -5, max: 41 }), fc.integer({ min: -5, max: 25 })), { maxLength: 800 }));

  it('gives the image a canvas would, within one 8-bit level, with the marks beneath opaque pixels skipped', () => {
    fc.assert(fc.property(arbPile, ([sprites, placed]) => {
      const marks = placed.map(([s, x, y]) => [sprites[s % sprites.length]!, x, y] as [SpritePixels, number, number]);
      const want = paintBackToFront(41, 25, marks);
      const raster = new MarkRaster(41, 25);
      for (const [s, x, y] of [...marks].reverse()) raster.blendUnder(s, x, y);
      const got = new Uint8ClampedArray(41 * 25 * 4);
      raster.toRgba(got);
      for (let i = 0; i < got.length; i++) if (Math.abs(got[i]! - want[i]!) > 1) expect.fail(`byte ${i}: ${got[i]} ≠ ${want[i]}`);
    }), { numRuns: 200 });
  });

  it('reads one sprite out of an atlas of sprites', () => {
    // A 4×2 atlas of two 2×2 cells: the left cell lights its top-left pixel red, the right its bottom-right blue, half transparent.
    const rgba = new Uint8ClampedArray(4 * 2 * 4);
    rgba.set([255, 0, 0, 255], 0);
    rgba.set([0, 0, 255, 128], (1 * 4 + 3) * 4);
    const left = spritePixelsFromRgba(rgba, 2, 4, 0, 0);
    const right = spritePixelsFromRgba(rgba, 2, 4, 2, 0);
    expect([...left.xs, ...left.ys, left.r[0]]).toEqual([0, 0, 1]);
    expect([...right.xs, ...right.ys]).toEqual([1, 1]);
    expect(right.a[0]).toBeCloseTo(128 / 255);
    expect(right.b[0]).toBeCloseTo(128 / 255); // premultiplied
  });
});

/**
 * jsdom has no canvas: a stand-in 2D context for sprites (each one opaque pixel at its centre) and for the
 * target, which hands every image it is given to `onPut`. Installed for every canvas getContext asks for.
 */
function fakeContext(width: number, height: number, onPut: (image: { data: Uint8ClampedArray; width: number }) => void) {
  const ctx = {
    canvas: { width, height },
    save() {}, restore() {}, scale() {}, translate() {}, fill() {}, stroke() {},
    getImageData: (_x: number, _y: number, w: number, h: number) => {
      const data = new Uint8ClampedArray(w * h * 4);
      data.set([255, 0, 0, 255], ((h / 2) * w + w / 2) * 4);
      return { data, width: w, height: h };
    },
    createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4), width: w, height: h }),
    putImageData: onPut,
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
  vi.stubGlobal('Path2D', class FakePath2D { readonly fake = true; });
  return ctx as unknown as CanvasRenderingContext2D;
}

describe('progressive drawing', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** The target records what it shows after each frame. */
  function fakeCanvas(width: number, height: number) {
    const shown: Uint8ClampedArray[] = [];
    const ctx = fakeContext(width, height, (image) => shown.push(image.data.slice()));
    return { ctx, shown };
  }

  function manualFrames() {
    const queue: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => queue.splice(0));
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    return { run: () => queue.shift()?.(0), pending: () => queue.length };
  }

  const W = 500;
  const H = 100;
  const marks = (n: number): CanvasMark[] =>
    Array.from({ length: n }, (_, i) => ({ px: i % W, py: Math.floor(i / W) % H, colour: '#0072B2', kind: 'circle', hollow: false }));
  const litPixels = (data: Uint8ClampedArray) => {
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  };

  it('draws every mark, at whole pixels, showing progress over several frames', () => {
    const { ctx, shown } = fakeCanvas(W, H);
    const frames = manualFrames();
    let done = false;
    drawMarksProgressively(ctx, markSetOf(marks(W * H)), 1, () => { done = true; });
    expect(done).toBe(false);
    let guard = 0;
    while (frames.pending() && guard++ < 100) frames.run();
    expect(done).toBe(true);
    expect(shown.length).toBeGreaterThan(1);
    expect(litPixels(shown[0]!)).toBeLessThan(litPixels(shown.at(-1)!));
    // One mark per pixel of the canvas, each lighting the pixel at its centre.
    expect(litPixels(shown.at(-1)!)).toBe(W * H);
  });

  it('shows a drawing in progress every 100 ms, not every frame, and always the finished one', () => {
    const { ctx, shown } = fakeCanvas(W, H);
    const frames = manualFrames(); // the clock moves 1 ms per reading
    let done = false;
    drawMarksProgressively(ctx, markSetOf(marks(W * H * 8)), 1, () => { done = true; });
    let steps = 1;
    while (frames.pending() && steps < 500) {
      frames.run();
      steps++;
    }
    expect(done).toBe(true);
    expect(steps).toBeGreaterThan(20);
    // First frame, then about every 100 readings of the clock (~10 per frame), then the finished drawing.
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.length).toBeLessThanOrEqual(Math.ceil(steps / 10) + 2);
    expect(litPixels(shown.at(-1)!)).toBe(W * H);
  });

  it('stops when cancelled', () => {
    const { ctx, shown } = fakeCanvas(W, H);
    const frames = manualFrames();
    let done = false;
    const cancel = drawMarksProgressively(ctx, markSetOf(marks(W * H)), 1, () => { done = true; });
    cancel();
    frames.run();
    expect(shown).toHaveLength(1);
    expect(done).toBe(false);
  });
});

describe('marks as one image for a PNG export', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('blends the marks of an area at the export scale, shifted to the area', () => {
    let shown: { data: Uint8ClampedArray; width: number } | undefined;
    fakeContext(0, 0, (image) => { shown = image; });
    const toDataURL = vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,AAAA');
    const marks: CanvasMark[] = [
      { px: 110, py: 25, colour: '#0072B2', kind: 'circle', hollow: false },
      { px: 103, py: 21, colour: '#0072B2', kind: 'circle', hollow: false },
    ];
    const url = marksToPngDataUrl(markSetOf(marks), { x: 100, y: 20, width: 20, height: 10 }, 2);
    expect(url).toBe('data:image/png;base64,AAAA');
    expect(toDataURL).toHaveBeenCalledWith('image/png');
    // 20×10 CSS px at 2× is 40×20; (110, 25) lands at (20, 10), (103, 21) at (6, 2).
    expect(shown!.width).toBe(40);
    const lit: number[][] = [];
    for (let i = 3; i < shown!.data.length; i += 4) if (shown!.data[i]! > 0) lit.push([((i - 3) / 4) % 40, Math.floor((i - 3) / 4 / 40)]);
    expect(lit).toEqual([[6, 2], [20, 10]]);
  });

  it('gives null where the browser has no 2D canvas, so the export falls back to paths', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    expect(marksToPngDataUrl(markSetOf([]), { x: 0, y: 0, width: 10, height: 10 }, 2)).toBeNull();
  });
});

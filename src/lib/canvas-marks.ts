// Draws many point marks on a canvas fast (one cached sprite per colour, shape and fill), and remembers what a
// canvas layer drew so an export can write the same marks as SVG.
import { symbolPath, type SymbolKind } from './symbols';

export interface CanvasMark {
  px: number;
  py: number;
  colour: string;
  kind: SymbolKind;
  hollow: boolean;
}

/**
 * Marks as columns: positions in typed arrays and a sprite number per mark. One object per mark (100,000 per
 * chart) survived into the garbage collector's copying of new objects, and those collections were 50-60 ms
 * pauses inside the tasks that imported and drew large sets.
 */
export interface MarkSet {
  length: number;
  px: Float64Array;
  py: Float64Array;
  /** Index into `sprites`, per mark. */
  sprite: Uint16Array;
  sprites: readonly SpriteKey[];
}

export interface SpriteKey {
  colour: string;
  kind: SymbolKind;
  hollow: boolean;
}

/** Numbers each distinct colour, shape and fill as marks are added, without building a string key per mark. */
export class SpriteNumbers {
  readonly sprites: SpriteKey[] = [];
  private readonly byColour = new Map<string, Map<SymbolKind, [number, number]>>();

  of(colour: string, kind: SymbolKind, hollow: boolean): number {
    let byKind = this.byColour.get(colour);
    if (!byKind) this.byColour.set(colour, (byKind = new Map()));
    let pair = byKind.get(kind);
    if (!pair) byKind.set(kind, (pair = [-1, -1]));
    const i = hollow ? 1 : 0;
    if (pair[i] < 0) {
      pair[i] = this.sprites.length;
      this.sprites.push({ colour, kind, hollow });
    }
    return pair[i];
  }
}

/** The same marks as columns (tests and small sets; a large layer fills its columns directly). */
export function markSetOf(marks: readonly CanvasMark[]): MarkSet {
  const numbers = new SpriteNumbers();
  const set: MarkSet = {
    length: marks.length,
    px: new Float64Array(marks.length), py: new Float64Array(marks.length), sprite: new Uint16Array(marks.length),
    sprites: numbers.sprites,
  };
  marks.forEach((m, i) => {
    set.px[i] = m.px;
    set.py[i] = m.py;
    set.sprite[i] = numbers.of(m.colour, m.kind, m.hollow);
  });
  return set;
}

/** The marks moved by (dx, dy). */
export function shiftMarks(set: MarkSet, dx: number, dy: number): MarkSet {
  return { ...set, px: set.px.map((v) => v + dx), py: set.py.map((v) => v + dy) };
}

const AREA = 40;
const SPRITE = 20;

/** Draws one mark centred at (cx, cy) in CSS pixels; the context is already scaled to device pixels. */
function drawSprite(ctx: CanvasRenderingContext2D, { colour, kind, hollow }: SpriteKey, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  const path = new Path2D(symbolPath(kind, AREA));
  // Hollow marks have no fill, so they need no background colour and stay right when the theme changes.
  if (!hollow) {
    ctx.fillStyle = colour;
    ctx.globalAlpha = 0.85;
    ctx.fill(path);
    ctx.globalAlpha = 1;
  }
  ctx.strokeStyle = colour;
  ctx.lineWidth = hollow ? 1.6 : 0.6;
  ctx.stroke(path);
  ctx.restore();
}

/** A sprite's visible pixels, premultiplied (0–1), relative to its top-left corner. */
export interface SpritePixels {
  /** Width and height of the square the pixels lie in. */
  size: number;
  xs: Int16Array;
  ys: Int16Array;
  r: Float32Array;
  g: Float32Array;
  b: Float32Array;
  a: Float32Array;
}

/**
 * Reads a sprite's RGBA (as getImageData gives it: straight alpha, 0–255) into its visible pixels. The sprite
 * is the `width`-wide block at (left, top) of a `stride`-wide image (an atlas of sprites, or just the one).
 */
export function spritePixelsFromRgba(rgba: Uint8ClampedArray, width: number, stride = width, left = 0, top = 0): SpritePixels {
  const height = Math.floor(rgba.length / 4 / stride) - top;
  const visible: number[] = [];
  for (let y = 0; y < Math.min(width, height); y++) {
    for (let x = 0; x < width; x++) if (rgba[((top + y) * stride + left + x) * 4 + 3]! > 0) visible.push(y * width + x);
  }
  const n = visible.length;
  const out: SpritePixels = {
    size: width,
    xs: new Int16Array(n), ys: new Int16Array(n),
    r: new Float32Array(n), g: new Float32Array(n), b: new Float32Array(n), a: new Float32Array(n),
  };
  visible.forEach((p, k) => {
    const x = p % width;
    const y = Math.floor(p / width);
    const i = ((top + y) * stride + left + x) * 4;
    const a = rgba[i + 3]! / 255;
    out.xs[k] = x;
    out.ys[k] = y;
    out.r[k] = (rgba[i]! / 255) * a;
    out.g[k] = (rgba[i + 1]! / 255) * a;
    out.b[k] = (rgba[i + 2]! / 255) * a;
    out.a[k] = a;
  });
  return out;
}

const pixelCache = new Map<string, SpritePixels>();
const keyOf = ({ colour, kind, hollow }: SpriteKey, dpr: number) => `${colour}|${kind}|${hollow}|${dpr}`;

/**
 * Makes the marks' sprites not yet cached, all on one atlas canvas read back once. A canvas and a read-back per sprite
 * cost ~0.4 ms each, and a large set of many organisations and tiers needs a couple of hundred of them.
 */
function cacheSprites(marks: MarkSet, dpr: number): void {
  const missing = marks.sprites.filter((k) => !pixelCache.has(keyOf(k, dpr)));
  if (missing.length === 0) return;
  const cell = SPRITE * dpr;
  const columns = Math.ceil(Math.sqrt(missing.length));
  const rows = Math.ceil(missing.length / columns);
  const atlas = document.createElement('canvas');
  atlas.width = columns * cell;
  atlas.height = rows * cell;
  const ctx = atlas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  ctx.scale(dpr, dpr);
  missing.forEach((k, i) => drawSprite(ctx, k, (i % columns) * SPRITE + SPRITE / 2, Math.floor(i / columns) * SPRITE + SPRITE / 2));
  const { data } = ctx.getImageData(0, 0, atlas.width, atlas.height);
  missing.forEach((k, i) => {
    pixelCache.set(keyOf(k, dpr), spritePixelsFromRgba(data, cell, atlas.width, (i % columns) * cell, Math.floor(i / columns) * cell));
  });
}

const EMPTY_SPRITE: SpritePixels = {
  size: 0,
  xs: new Int16Array(0), ys: new Int16Array(0),
  r: new Float32Array(0), g: new Float32Array(0), b: new Float32Array(0), a: new Float32Array(0),
};

/** Coverage at which a pixel counts as opaque: what lies under it could change it by under a quarter of an 8-bit level. */
const OPAQUE = 1 - 1 / 1024;
/** Tiles whose opaque pixels are counted are 8 device pixels square. */
const TILE_SHIFT = 3;
const TILE = 1 << TILE_SHIFT;

/**
 * Composites sprites "source-over" into a premultiplied float buffer in plain JavaScript. In software
 * rendering a drawImage per mark cost ~3 µs (about 1 s for 100,000 points in three charts); blending a mark's
 * ~150 visible pixels here costs a fraction of that. Marks land on whole device pixels.
 *
 * Marks are added top first, each under those before it (front to back gives the same image as back to
 * front). A pixel that is already opaque is left alone, and a mark whose square lies on opaque tiles only is
 * skipped whole: at 100,000 points most marks are hidden under others, and blending them was most of the
 * drawing time.
 */
export class MarkRaster {
  readonly acc: Float32Array;
  private readonly tilesAcross: number;
  /** Per tile, how many of its pixels are not yet opaque. */
  private readonly open: Int32Array;

  constructor(readonly width: number, readonly height: number) {
    this.acc = new Float32Array(width * height * 4);
    this.tilesAcross = Math.ceil(width / TILE);
    const tilesDown = Math.ceil(height / TILE);
    this.open = new Int32Array(this.tilesAcross * tilesDown);
    for (let ty = 0; ty < tilesDown; ty++) {
      for (let tx = 0; tx < this.tilesAcross; tx++) {
        this.open[ty * this.tilesAcross + tx] = Math.min(TILE, width - tx * TILE) * Math.min(TILE, height - ty * TILE);
      }
    }
  }

  /** Whether any pixel of the square (x0, y0, size) on the canvas may still show something under it. */
  private anyOpen(x0: number, y0: number, size: number): boolean {
    const tx0 = Math.max(0, x0) >> TILE_SHIFT;
    const ty0 = Math.max(0, y0) >> TILE_SHIFT;
    const tx1 = Math.min(this.width - 1, x0 + size - 1) >> TILE_SHIFT;
    const ty1 = Math.min(this.height - 1, y0 + size - 1) >> TILE_SHIFT;
    for (let ty = ty0; ty <= ty1; ty++) {
      for (let tx = tx0; tx <= tx1; tx++) if (this.open[ty * this.tilesAcross + tx]! > 0) return true;
    }
    return false;
  }

  /** Blends a sprite with its top-left corner at (x0, y0), under everything blended so far. */
  blendUnder(s: SpritePixels, x0: number, y0: number): void {
    const { width, height, acc, open, tilesAcross } = this;
    if (x0 >= width || y0 >= height || x0 + s.size <= 0 || y0 + s.size <= 0 || !this.anyOpen(x0, y0, s.size)) return;
    const { xs, ys, r, g, b, a } = s;
    for (let k = 0; k < xs.length; k++) {
      const x = x0 + xs[k]!;
      const y = y0 + ys[k]!;
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const i = (y * width + x) * 4;
      const covered = acc[i + 3]!;
      if (covered >= OPAQUE) continue;
      const through = 1 - covered;
      acc[i] = acc[i]! + r[k]! * through;
      acc[i + 1] = acc[i + 1]! + g[k]! * through;
      acc[i + 2] = acc[i + 2]! + b[k]! * through;
      acc[i + 3] = covered + a[k]! * through;
      if (acc[i + 3]! >= OPAQUE) open[(y >> TILE_SHIFT) * tilesAcross + (x >> TILE_SHIFT)]!--;
    }
  }

  /** Writes the buffer as straight-alpha RGBA, as ImageData expects. */
  toRgba(out: Uint8ClampedArray): void {
    const { acc } = this;
    for (let i = 0; i < acc.length; i += 4) {
      const a = acc[i + 3]!;
      if (a <= 0) {
        out[i + 3] = 0;
        continue;
      }
      out[i] = (acc[i]! / a) * 255;
      out[i + 1] = (acc[i + 1]! / a) * 255;
      out[i + 2] = (acc[i + 2]! / a) * 255;
      out[i + 3] = a * 255;
    }
  }
}

/**
 * Blends marks from..to under what the raster holds, later ones on top (so they go in from the last): call it
 * for the last marks first. (ox, oy) shifts them, in CSS pixels. Their sprites were cached beforehand
 * (cacheSprites); one that could not be drawn (no 2D canvas) blends nothing.
 */
function blendMarks(raster: MarkRaster, marks: MarkSet, dpr: number, from: number, to: number, ox = 0, oy = 0): void {
  const half = Math.floor((SPRITE * dpr) / 2);
  const pixels = marks.sprites.map((key) => pixelCache.get(keyOf(key, dpr)) ?? EMPTY_SPRITE);
  const { px, py, sprite } = marks;
  for (let k = to - 1; k >= from; k--) {
    raster.blendUnder(pixels[sprite[k]!]!, Math.round((px[k]! + ox) * dpr) - half, Math.round((py[k]! + oy) * dpr) - half);
  }
}

/** Marks blended per slice before checking the clock. */
const SLICE = 2000;
/** Drawing time per frame, leaving the rest of the frame for input and other charts. */
const FRAME_BUDGET_MS = 8;
/**
 * How often a drawing in progress is shown. Showing converts the whole canvas (~3 ms for a chart at 1×, four
 * times that at 2×); done every frame, that was a third of the drawing time of a 10,000-model chart.
 */
const SHOW_EVERY_MS = 100;

/**
 * Draws the marks (canvas coordinates in CSS pixels) onto the whole canvas over as many frames as it takes, a
 * few milliseconds each, so large sets never hold the page. The top marks show after the first frame, the
 * rest every SHOW_EVERY_MS and when done. Returns a cancel function; onDone runs after the last frame.
 */
export function drawMarksProgressively(
  ctx: CanvasRenderingContext2D, marks: MarkSet, dpr: number, onDone: () => void,
): () => void {
  const { width, height } = ctx.canvas;
  const raster = new MarkRaster(width, height);
  const image = ctx.createImageData(width, height);
  cacheSprites(marks, dpr);
  // Top marks first: marks[0, left) are still to blend.
  let left = marks.length;
  let frame = 0;
  let shownAt = -Infinity;
  const step = () => {
    const start = performance.now();
    while (left > 0 && performance.now() - start < FRAME_BUDGET_MS) {
      const from = Math.max(0, left - SLICE);
      blendMarks(raster, marks, dpr, from, left);
      left = from;
    }
    if (left === 0 || start - shownAt >= SHOW_EVERY_MS) {
      raster.toRgba(image.data);
      ctx.putImageData(image, 0, 0);
      shownAt = start;
    }
    if (left > 0) frame = requestAnimationFrame(step);
    else onDone();
  };
  step();
  return () => cancelAnimationFrame(frame);
}

/**
 * The marks in an area (same coordinates as the marks, CSS pixels) as a PNG data URL at a scale, blended as the
 * canvas layer draws them; null where the browser has no 2D canvas. A PNG export embeds this instead of one
 * path per mark: at 100,000 marks the browser spent most of two seconds decoding and filling those paths.
 */
export function marksToPngDataUrl(
  marks: MarkSet, area: { x: number; y: number; width: number; height: number }, scale: number,
): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(area.width * scale));
  canvas.height = Math.max(1, Math.round(area.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const raster = new MarkRaster(canvas.width, canvas.height);
  cacheSprites(marks, scale);
  blendMarks(raster, marks, scale, 0, marks.length, -area.x, -area.y);
  const image = ctx.createImageData(canvas.width, canvas.height);
  raster.toRgba(image.data);
  ctx.putImageData(image, 0, 0);
  return canvas.toDataURL('image/png');
}

/** The marks as SVG: one <path> per colour, shape and fill, each holding every point of that series. */
export function marksToSvgPaths(marks: MarkSet, background: string): string[][] {
  const parts: string[][] = marks.sprites.map(() => []);
  const shapes = new Map<SymbolKind, string>();
  for (let i = 0; i < marks.length; i++) {
    const { kind } = marks.sprites[marks.sprite[i]!]!;
    const px = marks.px[i]!;
    const py = marks.py[i]!;
    if (kind === 'circle') {
      parts[marks.sprite[i]!]!.push(circleAt(px, py));
      continue;
    }
    let d = shapes.get(kind);
    if (!d) shapes.set(kind, (d = symbolPath(kind, AREA)));
    parts[marks.sprite[i]!]!.push(translatePolygon(d, px, py));
  }
  return marks.sprites.flatMap((g, i) => (parts[i]!.length
    ? [[parts[i]!.join(''), g.hollow ? background : g.colour, g.colour, g.hollow ? '1.6' : '0.6']]
    : []));
}

const R = Math.sqrt(AREA / Math.PI);

/** A circle as relative arcs, so only its start point moves. */
function circleAt(px: number, py: number): string {
  const r = R.toFixed(2);
  return `M${(px + R).toFixed(1)},${py.toFixed(1)}a${r},${r} 0 1,1 ${(-2 * R).toFixed(2)},0a${r},${r} 0 1,1 ${(2 * R).toFixed(2)},0Z`;
}

/** Shifts every x,y pair of polygon path data (M, L and Z commands only) by dx, dy. */
export function translatePolygon(d: string, dx: number, dy: number): string {
  return d.replace(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g, (_, x: string, y: string) =>
    `${(Number(x) + dx).toFixed(1)},${(Number(y) + dy).toFixed(1)}`);
}

const registry = new WeakMap<Element, () => MarkSet>();

/** A canvas layer registers its element so exports can ask it for the marks it drew. */
export function registerCanvasMarks(el: Element, get: () => MarkSet): () => void {
  registry.set(el, get);
  return () => registry.delete(el);
}

export function canvasMarksOf(el: Element): MarkSet | undefined {
  return registry.get(el)?.();
}

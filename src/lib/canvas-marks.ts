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

const AREA = 40;
const SPRITE = 20;
/** Draws one mark on a small canvas of its own; only its pixels are kept (see spritePixels). */
function drawSprite(colour: string, kind: SymbolKind, hollow: boolean, dpr: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = c.height = SPRITE * dpr;
  const ctx = c.getContext('2d')!;
  ctx.scale(dpr, dpr);
  ctx.translate(SPRITE / 2, SPRITE / 2);
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
  return c;
}

/** A sprite's visible pixels, premultiplied (0–1), relative to its top-left corner. */
export interface SpritePixels {
  xs: Int16Array;
  ys: Int16Array;
  r: Float32Array;
  g: Float32Array;
  b: Float32Array;
  a: Float32Array;
}

/** Reads a sprite's RGBA (as getImageData gives it: straight alpha, 0–255) into its visible pixels. */
export function spritePixelsFromRgba(rgba: Uint8ClampedArray, width: number): SpritePixels {
  const visible: number[] = [];
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i]! > 0) visible.push((i - 3) / 4);
  const n = visible.length;
  const out: SpritePixels = {
    xs: new Int16Array(n), ys: new Int16Array(n),
    r: new Float32Array(n), g: new Float32Array(n), b: new Float32Array(n), a: new Float32Array(n),
  };
  visible.forEach((p, k) => {
    const a = rgba[p * 4 + 3]! / 255;
    out.xs[k] = p % width;
    out.ys[k] = Math.floor(p / width);
    out.r[k] = (rgba[p * 4]! / 255) * a;
    out.g[k] = (rgba[p * 4 + 1]! / 255) * a;
    out.b[k] = (rgba[p * 4 + 2]! / 255) * a;
    out.a[k] = a;
  });
  return out;
}

const pixelCache = new Map<string, SpritePixels>();

function spritePixels(colour: string, kind: SymbolKind, hollow: boolean, dpr: number): SpritePixels {
  const key = `${colour}|${kind}|${hollow}|${dpr}`;
  let px = pixelCache.get(key);
  if (!px) {
    const c = drawSprite(colour, kind, hollow, dpr);
    px = spritePixelsFromRgba(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data, c.width);
    pixelCache.set(key, px);
  }
  return px;
}

/**
 * Composites sprites "source-over" into a premultiplied float buffer in plain JavaScript. In software
 * rendering a drawImage per mark cost ~3 µs (about 1 s for 100,000 points in three charts); blending a mark's
 * ~150 visible pixels here costs a fraction of that. Marks land on whole device pixels.
 */
export class MarkRaster {
  readonly acc: Float32Array;

  constructor(readonly width: number, readonly height: number) {
    this.acc = new Float32Array(width * height * 4);
  }

  blend(s: SpritePixels, x0: number, y0: number): void {
    const { width, height, acc } = this;
    const { xs, ys, r, g, b, a } = s;
    for (let k = 0; k < xs.length; k++) {
      const x = x0 + xs[k]!;
      const y = y0 + ys[k]!;
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const i = (y * width + x) * 4;
      const keep = 1 - a[k]!;
      acc[i] = r[k]! + acc[i]! * keep;
      acc[i + 1] = g[k]! + acc[i + 1]! * keep;
      acc[i + 2] = b[k]! + acc[i + 2]! * keep;
      acc[i + 3] = a[k]! + acc[i + 3]! * keep;
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

/** Blends marks from..to into the raster, later ones on top; (ox, oy) shifts them, in CSS pixels. */
function blendMarks(raster: MarkRaster, marks: readonly CanvasMark[], dpr: number, from: number, to: number, ox = 0, oy = 0): void {
  const half = Math.floor((SPRITE * dpr) / 2);
  const byColour = new Map<string, Map<SymbolKind, [SpritePixels | undefined, SpritePixels | undefined]>>();
  for (let k = from; k < to; k++) {
    const m = marks[k]!;
    let byKind = byColour.get(m.colour);
    if (!byKind) byColour.set(m.colour, (byKind = new Map()));
    let pair = byKind.get(m.kind);
    if (!pair) byKind.set(m.kind, (pair = [undefined, undefined]));
    const i = m.hollow ? 1 : 0;
    const px = pair[i] ?? (pair[i] = spritePixels(m.colour, m.kind, m.hollow, dpr));
    raster.blend(px, Math.round((m.px + ox) * dpr) - half, Math.round((m.py + oy) * dpr) - half);
  }
}

/** Marks blended per slice before checking the clock. */
const SLICE = 2000;
/** Drawing time per frame, leaving the rest of the frame for input and other charts. */
const FRAME_BUDGET_MS = 8;

/**
 * Draws the marks (canvas coordinates in CSS pixels) onto the whole canvas over as many frames as it takes, a
 * few milliseconds each, so large sets never hold the page. Returns a cancel function; onDone runs after the
 * last frame.
 */
export function drawMarksProgressively(
  ctx: CanvasRenderingContext2D, marks: readonly CanvasMark[], dpr: number, onDone: () => void,
): () => void {
  const { width, height } = ctx.canvas;
  const raster = new MarkRaster(width, height);
  const image = ctx.createImageData(width, height);
  let next = 0;
  let frame = 0;
  const step = () => {
    const start = performance.now();
    while (next < marks.length && performance.now() - start < FRAME_BUDGET_MS) {
      const end = Math.min(marks.length, next + SLICE);
      blendMarks(raster, marks, dpr, next, end);
      next = end;
    }
    raster.toRgba(image.data);
    ctx.putImageData(image, 0, 0);
    if (next < marks.length) frame = requestAnimationFrame(step);
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
  marks: readonly CanvasMark[], area: { x: number; y: number; width: number; height: number }, scale: number,
): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(area.width * scale));
  canvas.height = Math.max(1, Math.round(area.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const raster = new MarkRaster(canvas.width, canvas.height);
  blendMarks(raster, marks, scale, 0, marks.length, -area.x, -area.y);
  const image = ctx.createImageData(canvas.width, canvas.height);
  raster.toRgba(image.data);
  ctx.putImageData(image, 0, 0);
  return canvas.toDataURL('image/png');
}

/** The marks as SVG: one <path> per colour, shape and fill, each holding every point of that series. */
export function marksToSvgPaths(marks: readonly CanvasMark[], background: string): string[][] {
  const groups = new Map<string, { colour: string; hollow: boolean; parts: string[]; kind: SymbolKind }>();
  const shapes = new Map<SymbolKind, string>();
  for (const m of marks) {
    const key = `${m.colour}|${m.kind}|${m.hollow}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { colour: m.colour, hollow: m.hollow, parts: [], kind: m.kind }));
    if (m.kind === 'circle') {
      g.parts.push(circleAt(m.px, m.py));
      continue;
    }
    let d = shapes.get(m.kind);
    if (!d) shapes.set(m.kind, (d = symbolPath(m.kind, AREA)));
    g.parts.push(translatePolygon(d, m.px, m.py));
  }
  return [...groups.values()].map((g) => [g.parts.join(''), g.hollow ? background : g.colour, g.colour, g.hollow ? '1.6' : '0.6']);
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

const registry = new WeakMap<Element, () => readonly CanvasMark[]>();

/** A canvas layer registers its element so exports can ask it for the marks it drew. */
export function registerCanvasMarks(el: Element, get: () => readonly CanvasMark[]): () => void {
  registry.set(el, get);
  return () => registry.delete(el);
}

export function canvasMarksOf(el: Element): readonly CanvasMark[] | undefined {
  return registry.get(el)?.();
}

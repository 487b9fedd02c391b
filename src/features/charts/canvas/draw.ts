// Draws marks on a 2D canvas from one small pre-drawn sprite per mark style, and writes the same marks as SVG paths
// for an export.
import { symbolPath, type SymbolKind } from '../../../lib/symbols';
import { compositeSprites, spritePixels, type SpritePixels } from './composite';
import type { Area, MarkSet, SpriteKey } from './marks';

/** A mark's area in square CSS pixels, and the side of the square its sprite is drawn in. */
const AREA = 40;
const SPRITE = 20;

function drawSymbol(ctx: CanvasRenderingContext2D, { colour, kind, hollow }: SpriteKey, cx: number, cy: number): void {
  const path = new Path2D(symbolPath(kind, AREA));
  ctx.save();
  ctx.translate(cx, cy);
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

/** One sprite per mark style at one pixel ratio, drawn when first needed. Keep one per layer (a ref or a memo). */
export class SpriteSheet {
  private readonly sprites = new Map<string, SpritePixels | null>();
  /** One canvas every sprite is drawn on in turn: a new canvas and context per style cost more than the drawing. */
  private scratchContext: CanvasRenderingContext2D | null | undefined;

  constructor(readonly dpr: number) {}

  /** The sprite's side in device pixels. */
  get size(): number {
    return Math.ceil(SPRITE * this.dpr);
  }

  /** The style's sprite as pixels, or null where the browser has no 2D canvas. */
  get(key: SpriteKey): SpritePixels | null {
    const id = `${key.colour}|${key.kind}|${key.hollow}`;
    if (this.sprites.has(id)) return this.sprites.get(id)!;
    const ctx = this.scratch();
    let sprite: SpritePixels | null = null;
    if (ctx) {
      ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
      ctx.clearRect(0, 0, SPRITE, SPRITE);
      drawSymbol(ctx, key, SPRITE / 2, SPRITE / 2);
      sprite = spritePixels(ctx.getImageData(0, 0, this.size, this.size).data, this.size);
    }
    this.sprites.set(id, sprite);
    return sprite;
  }

  private scratch(): CanvasRenderingContext2D | null {
    if (this.scratchContext === undefined) {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = this.size;
      this.scratchContext = canvas.getContext('2d', { willReadFrequently: true });
    }
    return this.scratchContext;
  }
}

/**
 * Replaces the canvas's pixels with the marks (positions in CSS pixels) in order, later ones on top, each centred
 * on a whole device pixel.
 */
export function drawMarks(ctx: CanvasRenderingContext2D, marks: MarkSet, sheet: SpriteSheet): void {
  const { dpr } = sheet;
  const half = Math.floor(sheet.size / 2);
  const { width, height } = ctx.canvas;
  const left = new Int32Array(marks.length);
  const top = new Int32Array(marks.length);
  for (let i = 0; i < marks.length; i++) {
    left[i] = Math.round(marks.px[i]! * dpr) - half;
    top[i] = Math.round(marks.py[i]! * dpr) - half;
  }
  const pixels = compositeSprites(width, height, marks.length, left, top, marks.sprite, marks.sprites.map((key) => sheet.get(key)));
  ctx.putImageData(new ImageData(pixels, width, height), 0, 0);
}

/** The marks of a plot area as one PNG data URL at a scale; null where the browser has no 2D canvas. */
export function marksToPngDataUrl(marks: MarkSet, area: Pick<Area, 'width' | 'height'>, scale: number): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(area.width * scale));
  canvas.height = Math.max(1, Math.round(area.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  drawMarks(ctx, marks, new SpriteSheet(scale));
  return canvas.toDataURL('image/png');
}

/** A path of an export: every mark of one style. */
export interface MarkPath {
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: string;
}

/** The marks as SVG, shifted by (dx, dy): one path per colour, shape and fill, one subpath per mark. */
export function marksToSvgPaths(marks: MarkSet, background: string, dx = 0, dy = 0): MarkPath[] {
  const parts: string[][] = marks.sprites.map(() => []);
  const shapes = new Map<SymbolKind, string>();
  for (let i = 0; i < marks.length; i++) {
    const { kind } = marks.sprites[marks.sprite[i]!]!;
    const px = marks.px[i]! + dx;
    const py = marks.py[i]! + dy;
    if (kind === 'circle') {
      parts[marks.sprite[i]!]!.push(circleAt(px, py));
      continue;
    }
    let d = shapes.get(kind);
    if (!d) shapes.set(kind, (d = symbolPath(kind, AREA)));
    parts[marks.sprite[i]!]!.push(translatePolygon(d, px, py));
  }
  return marks.sprites.flatMap((g, i) => (parts[i]!.length
    ? [{ d: parts[i]!.join(''), fill: g.hollow ? background : g.colour, stroke: g.colour, strokeWidth: g.hollow ? '1.6' : '0.6' }]
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

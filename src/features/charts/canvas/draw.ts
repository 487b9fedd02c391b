// Draws marks on a 2D canvas with drawImage from one small pre-drawn canvas (a sprite) per mark style, and writes
// the same marks as SVG paths for an export.
import { symbolPath, type SymbolKind } from '../../../lib/symbols';
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
  private readonly sprites = new Map<string, HTMLCanvasElement | null>();

  constructor(readonly dpr: number) {}

  /** The sprite's side in device pixels. */
  get size(): number {
    return Math.ceil(SPRITE * this.dpr);
  }

  /** The style's sprite, or null where the browser has no 2D canvas. */
  get(key: SpriteKey): HTMLCanvasElement | null {
    const id = `${key.colour}|${key.kind}|${key.hollow}`;
    if (this.sprites.has(id)) return this.sprites.get(id)!;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = this.size;
    const ctx = canvas.getContext('2d');
    if (ctx) {
      ctx.scale(this.dpr, this.dpr);
      drawSymbol(ctx, key, SPRITE / 2, SPRITE / 2);
    }
    const sprite = ctx ? canvas : null;
    this.sprites.set(id, sprite);
    return sprite;
  }
}

/**
 * Draws the marks (positions in CSS pixels, shifted by ox, oy) in order, later ones on top, each at a whole device
 * pixel. The context's transform is left as it was.
 */
export function drawMarks(ctx: CanvasRenderingContext2D, marks: MarkSet, sheet: SpriteSheet, ox = 0, oy = 0): void {
  const { dpr } = sheet;
  const half = Math.floor(sheet.size / 2);
  const images = marks.sprites.map((key) => sheet.get(key));
  const { px, py, sprite } = marks;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  for (let i = 0; i < marks.length; i++) {
    const image = images[sprite[i]!];
    if (image) ctx.drawImage(image, Math.round((px[i]! + ox) * dpr) - half, Math.round((py[i]! + oy) * dpr) - half);
  }
  ctx.restore();
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

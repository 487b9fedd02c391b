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
const sprites = new Map<string, HTMLCanvasElement>();

function sprite(colour: string, kind: SymbolKind, hollow: boolean, dpr: number): HTMLCanvasElement {
  const key = `${colour}|${kind}|${hollow}|${dpr}`;
  let c = sprites.get(key);
  if (c) return c;
  c = document.createElement('canvas');
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
  sprites.set(key, c);
  return c;
}

/**
 * Draws the marks in order, later ones on top. Each sprite is copied at whole device pixels and its own size:
 * a scaled or sub-pixel drawImage resamples every mark, which made 300,000 marks (100,000 points in three
 * charts) take ~2 s in software rendering. Marks move by at most half a device pixel.
 */
export function drawMarks(ctx: CanvasRenderingContext2D, marks: readonly CanvasMark[], dpr: number, from = 0, to = marks.length): void {
  const half = (SPRITE * dpr) / 2;
  const byColour = new Map<string, Map<SymbolKind, [HTMLCanvasElement | undefined, HTMLCanvasElement | undefined]>>();
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  for (let k = from; k < to; k++) {
    const m = marks[k]!;
    let byKind = byColour.get(m.colour);
    if (!byKind) byColour.set(m.colour, (byKind = new Map()));
    let pair = byKind.get(m.kind);
    if (!pair) byKind.set(m.kind, (pair = [undefined, undefined]));
    const i = m.hollow ? 1 : 0;
    const img = pair[i] ?? (pair[i] = sprite(m.colour, m.kind, m.hollow, dpr));
    ctx.drawImage(img, Math.round(m.px * dpr - half), Math.round(m.py * dpr - half));
  }
  ctx.restore();
}

/** Marks drawn per slice before checking the clock. */
const SLICE = 500;
/** Drawing time per frame, leaving the rest of the frame for input and other charts. */
const FRAME_BUDGET_MS = 8;

/**
 * Draws the marks over as many frames as it takes, a few milliseconds each, so 100,000 points never hold the
 * page (in software rendering they take ~1 s a chart). Returns a cancel function; onDone runs after the last.
 */
export function drawMarksProgressively(
  ctx: CanvasRenderingContext2D, marks: readonly CanvasMark[], dpr: number, onDone: () => void,
): () => void {
  let next = 0;
  let frame = 0;
  const step = () => {
    const start = performance.now();
    while (next < marks.length && performance.now() - start < FRAME_BUDGET_MS) {
      const end = Math.min(marks.length, next + SLICE);
      drawMarks(ctx, marks, dpr, next, end);
      next = end;
    }
    if (next < marks.length) frame = requestAnimationFrame(step);
    else onDone();
  };
  step();
  return () => cancelAnimationFrame(frame);
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

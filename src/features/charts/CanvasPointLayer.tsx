// The point layer for large sets: marks drawn on a canvas (in a foreignObject over the plot area) from cached
// sprites, a grid index for hover and click, and arrow-key navigation with a live description, since
// thousands of separate tab stops would help nobody.
// The hit area is a composite widget (role="application") with its own keyboard model, which these rules
// do not recognise as interactive.
/* oxlint-disable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions */
import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { FIELDS, type FieldDef } from '../../domain/fields';
import { plotData, pointLabel, type PlotPoints } from '../../domain/plot';
import { drawMarksProgressively, registerCanvasMarks, shiftMarks, SpriteNumbers, type MarkSet } from '../../lib/canvas-marks';
import { memoPerObject } from '../../lib/memo-last';
import { projector, type AxisSpec } from './axis-scale';
import { colourFor, shapeForTier } from './shapes';
import { HighlightLayer } from './HighlightLayer';

interface Props {
  points: PlotPoints;
  xAxis: AxisSpec;
  yAxis: AxisSpec;
  x: FieldDef;
  y: FieldDef;
  colours: ReadonlyMap<string, string>;
  /** The frontier's points (indexes into `points`), left to right. */
  frontier: readonly number[];
  onHover: (id: string | null, px?: number, py?: number) => void;
  onSelect: (id: string) => void;
}

const CELL = 12;
const HIT_RADIUS = 8;

/** The marks a layer draws (positions relative to the plot area, in the order given) and, per mark, its point. */
interface Placed extends MarkSet {
  points: PlotPoints;
  /** Index into `points`, per mark: points off the scale get no mark. */
  point: Uint32Array;
}

const idOf = (placed: Placed, i: number): string => placed.points.id(placed.point[i]!);

/** The mark of point j, or -1 when it has none. */
function markOf(placed: Placed, j: number): number {
  let lo = 0;
  let hi = placed.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = placed.point[mid]!;
    if (at === j) return mid;
    if (at < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Mark indices from left to right, sorted once per set of marks and only when asked (keyboard travel). */
const leftToRight = memoPerObject((placed: Placed) =>
  Uint32Array.from({ length: placed.length }, (_, i) => i).sort((a, b) => placed.px[a]! - placed.px[b]!));

/** Mark indices by 12-px cell, for hit-testing: built on the first pointer move over a set of marks, not per update. */
const gridOf = memoPerObject((placed: Placed) => {
  const g = new Map<number, number[]>();
  for (let i = 0; i < placed.length; i++) {
    const k = Math.floor(placed.px[i]! / CELL) * 100000 + Math.floor(placed.py[i]! / CELL);
    const cell = g.get(k);
    if (cell) cell.push(i);
    else g.set(k, [i]);
  }
  return g;
});

interface Layout {
  points: PlotPoints;
  toX: (v: number) => number;
  toY: (v: number) => number;
  area: { x: number; y: number; width: number; height: number };
  colours: ReadonlyMap<string, string>;
  frontier: readonly number[];
}

/** Pixel positions relative to the plot area, in the order given (keyboard travel sorts them lazily). */
function place({ points, toX, toY, area, colours }: Layout): Placed {
  const n = points.length;
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  const sprite = new Uint16Array(n);
  const point = new Uint32Array(n);
  const numbers = new SpriteNumbers();
  let length = 0;
  for (let i = 0; i < n; i++) {
    const x = toX(points.x[i]!) - area.x;
    const y = toY(points.y[i]!) - area.y;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    px[length] = x;
    py[length] = y;
    const tier = points.tier[i]!;
    sprite[length] = numbers.of(colourFor(points.organization[i]!, colours), shapeForTier(Number.isNaN(tier) ? null : tier), points.estimated[i] === 1);
    point[length] = i;
    length++;
  }
  return { length, px, py, sprite, sprites: numbers.sprites, points, point };
}

const NOTHING_PLACED: Placed = place({ points: plotData([], FIELDS.parameters, FIELDS.mmlu).points, toX: Number, toY: Number, area: { x: 0, y: 0, width: 0, height: 0 }, colours: new Map(), frontier: [] });

export function CanvasPointLayer({ points, xAxis, yAxis, x, y, colours, frontier, onHover, onSelect }: Props) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const liveArea = usePlotArea();
  const canvas = useRef<HTMLCanvasElement>(null);
  const holder = useRef<SVGForeignObjectElement>(null);
  const [focusIndex, setFocusIndex] = useState(-1);
  const liveId = useId();

  const live = useMemo<Layout | null>(
    () => (xScale && yScale && liveArea
      ? { points, toX: projector(xScale, xAxis), toY: projector(yScale, yAxis), area: liveArea, colours, frontier }
      : null),
    [points, xScale, yScale, xAxis, yAxis, liveArea, colours, frontier],
  );
  // Placing 100,000 points takes ~30 ms a chart, and Recharts supplies its scales in a synchronous re-render
  // inside its own commit: placed there, every chart's placement joined one task of 0.3 s. Deferred, each is
  // placed in an interruptible render of its own. Until then the canvas is marked as still drawing.
  const layout = useDeferredValue(live, null);
  const stale = layout !== live;
  const placed = useMemo(() => (layout ? place(layout) : NOTHING_PLACED), [layout]);
  const area = layout?.area;
  const drawing = useRef(false);
  /** The marks and area the drawing effect last started on. */
  const started = useRef<{ placed: Placed; area: Layout['area'] } | null>(null);

  // data-drawing is on while the marks wait for their deferred placement and while they are drawn (the
  // benchmark waits for it to go). It is set before the browser paints: the drawing starts in a passive effect,
  // which can run a frame later, and without this the canvas read as finished before it had begun.
  useLayoutEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const startsNow = area !== undefined && (started.current?.placed !== placed || started.current.area !== area);
    if (stale || startsNow) c.dataset.drawing = 'true';
    else if (!drawing.current) delete c.dataset.drawing;
  }, [stale, placed, area]);

  useEffect(() => {
    const c = canvas.current;
    if (!c || !area) return;
    const dpr = window.devicePixelRatio || 1;
    c.width = Math.round(area.width * dpr);
    c.height = Math.round(area.height * dpr);
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, area.width, area.height);
    c.dataset.drawing = 'true';
    drawing.current = true;
    started.current = { placed, area };
    const done = () => {
      drawing.current = false;
      delete c.dataset.drawing;
    };
    const cancel = drawMarksProgressively(ctx, placed, dpr, done);
    return () => {
      cancel();
      done();
    };
  }, [placed, area]);

  useEffect(() => {
    const el = holder.current;
    if (!el || !area) return;
    // Exports ask for the marks in chart coordinates.
    return registerCanvasMarks(el, () => shiftMarks(placed, area.x, area.y));
  }, [placed, area]);

  const frontierPath = useMemo(() => {
    if (!layout || layout.frontier.length === 0) return '';
    const a = layout.area;
    // Marks keep their points' order (points off the scale get none): a mark is found by bisection.
    return layout.frontier.map((j) => markOf(placed, j)).filter((i) => i >= 0)
      .map((i, k) => `${k === 0 ? 'M' : 'L'}${(placed.px[i]! + a.x).toFixed(1)},${(placed.py[i]! + a.y).toFixed(1)}`).join(' ');
  }, [layout, placed]);

  const findHighlight = useCallback((id: string) => {
    // The point by id (one map per plotted list, shared by the charts), then its mark by bisection.
    const j = placed.points.indexOfId(id);
    const i = j < 0 ? -1 : markOf(placed, j);
    if (i < 0 || !area) return undefined;
    const { colour, kind, hollow } = placed.sprites[placed.sprite[i]!]!;
    return { p: placed.points.at(placed.point[i]!), px: placed.px[i]! + area.x, py: placed.py[i]! + area.y, colour, kind, hollow };
  }, [placed, area]);

  if (!area) return null;

  const nearest = (mx: number, my: number): number => {
    let best = -1;
    let bestD = HIT_RADIUS * HIT_RADIUS;
    const cx = Math.floor(mx / CELL);
    const cy = Math.floor(my / CELL);
    const grid = gridOf(placed);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const i of grid.get(gx * 100000 + gy) ?? []) {
          const d = (placed.px[i]! - mx) ** 2 + (placed.py[i]! - my) ** 2;
          if (d <= bestD) {
            bestD = d;
            best = i;
          }
        }
      }
    }
    return best;
  };
  const at = (e: React.PointerEvent | React.MouseEvent) => {
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return nearest(e.clientX - r.left, e.clientY - r.top);
  };
  const report = (i: number) => {
    if (i >= 0 && i < placed.length) onHover(idOf(placed, i), placed.px[i]! + area.x, placed.py[i]! + area.y);
    else onHover(null);
  };
  // focusIndex counts points from left to right; the order is sorted on the first key press, not per render.
  const move = (delta: number) => {
    const next = Math.max(0, Math.min(placed.length - 1, (focusIndex < 0 ? 0 : focusIndex + delta)));
    setFocusIndex(next);
    report(leftToRight(placed)[next] ?? -1);
  };

  const focusedAt = focusIndex >= 0 ? (leftToRight(placed)[focusIndex] ?? -1) : -1;
  const focused = focusedAt >= 0 ? placed.points.at(placed.point[focusedAt]!) : undefined;

  return (
    <g className="point-layer canvas-layer">
      <foreignObject ref={holder} x={area.x} y={area.y} width={area.width} height={area.height} data-canvas-marks="">
        <div
          className="canvas-hit"
          tabIndex={0}
          role="application"
          aria-roledescription="scatter plot"
          aria-label={`${placed.length.toLocaleString()} points. Arrow keys move between points from left to right, Enter selects, Escape leaves.`}
          aria-describedby={liveId}
          onPointerMove={(e) => report(at(e))}
          onPointerLeave={() => onHover(null)}
          onClick={(e) => {
            const i = at(e);
            if (i >= 0) onSelect(idOf(placed, i));
          }}
          onKeyDown={(e) => {
            const step = e.shiftKey ? 10 : 1;
            if (e.key === 'ArrowRight' || e.key === 'ArrowUp') move(step);
            else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') move(-step);
            else if (e.key === 'Home') move(-placed.length);
            else if (e.key === 'End') move(placed.length);
            else if ((e.key === 'Enter' || e.key === ' ') && focused) onSelect(focused.id);
            else if (e.key === 'Escape') (e.currentTarget as HTMLElement).blur();
            else return;
            e.preventDefault();
          }}
          onBlur={() => onHover(null)}
        >
          <canvas ref={canvas} style={{ width: area.width, height: area.height, display: 'block' }} />
          <span id={liveId} className="sr-only" aria-live="polite">{focused ? pointLabel(focused, x, y) : ''}</span>
        </div>
      </foreignObject>
      {frontierPath && <path className="frontier-line" d={frontierPath} fill="none" data-testid="frontier" aria-hidden="true" pointerEvents="none" />}
      <HighlightLayer find={findHighlight} />
    </g>
  );
}

// The point layer for large sets: marks drawn on a canvas (in a foreignObject over the plot area) from cached
// sprites, a grid index for hover and click, and arrow-key navigation with a live description, since
// thousands of separate tab stops would help nobody.
// The hit area is a composite widget (role="application") with its own keyboard model, which these rules
// do not recognise as interactive.
/* oxlint-disable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions */
import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { FieldDef } from '../../domain/fields';
import { pointLabel, type PlotPoint } from '../../domain/plot';
import { drawMarksProgressively, registerCanvasMarks, type CanvasMark } from '../../lib/canvas-marks';
import { memoPerObject } from '../../lib/memo-last';
import { projector, type AxisSpec } from './axis-scale';
import { colourFor, shapeForTier } from './shapes';
import { HighlightLayer } from './HighlightLayer';

interface Props {
  points: readonly PlotPoint[];
  xAxis: AxisSpec;
  yAxis: AxisSpec;
  x: FieldDef;
  y: FieldDef;
  colours: ReadonlyMap<string, string>;
  frontier: readonly string[];
  onHover: (id: string | null, px?: number, py?: number) => void;
  onSelect: (id: string) => void;
}

const CELL = 12;
const HIT_RADIUS = 8;

/** Indices of the points from left to right, sorted once per set of points and only when asked. */
const leftToRight = memoPerObject((placed: readonly CanvasMark[]) =>
  Uint32Array.from(placed.keys()).sort((a, b) => placed[a]!.px - placed[b]!.px));

/** A mark and the point it draws: one object per point (the marks are handed to the drawing as they are). */
type Placed = CanvasMark & { p: PlotPoint };
/** Point by model id, built once per set of points and only when a hover or selection asks: a 100,000-entry map per
 * chart cost start-up time and, kept for the last two renders, tens of megabytes. */
const byIdOf = memoPerObject((placed: readonly Placed[]) => new Map(placed.map((d) => [d.p.id, d])));

/** Mark indices by 12-px cell, for hit-testing: built on the first pointer move over a set of marks, not per update. */
const gridOf = memoPerObject((placed: readonly Placed[]) => {
  const g = new Map<number, number[]>();
  placed.forEach((mark, i) => {
    const k = Math.floor(mark.px / CELL) * 100000 + Math.floor(mark.py / CELL);
    const cell = g.get(k);
    if (cell) cell.push(i);
    else g.set(k, [i]);
  });
  return g;
});

interface Layout {
  points: readonly PlotPoint[];
  toX: (v: number) => number;
  toY: (v: number) => number;
  area: { x: number; y: number; width: number; height: number };
  colours: ReadonlyMap<string, string>;
  frontier: readonly string[];
}

/** Pixel positions relative to the plot area, in the order given (keyboard travel sorts them lazily). */
function place({ points, toX, toY, area, colours }: Layout): Placed[] {
  const out: Placed[] = [];
  for (const p of points) {
    const px = toX(p.x) - area.x;
    const py = toY(p.y) - area.y;
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    out.push({ p, px, py, colour: colourFor(p.model.organization, colours), kind: shapeForTier(p.model.costTier.value), hollow: p.estimated });
  }
  return out;
}

const NOTHING_PLACED: Placed[] = [];

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
  const started = useRef<{ placed: Placed[]; area: Layout['area'] } | null>(null);

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
    return registerCanvasMarks(el, () => placed.map(({ px, py, colour, kind, hollow }) => ({ px: px + area.x, py: py + area.y, colour, kind, hollow })));
  }, [placed, area]);

  const frontierPath = useMemo(() => {
    if (!layout || layout.frontier.length === 0) return '';
    const { frontier: ids, area: a } = layout;
    const wanted = new Set(ids);
    const found = new Map<string, Placed>();
    for (const d of placed) if (wanted.has(d.p.id)) found.set(d.p.id, d);
    return ids.map((id) => found.get(id)).filter((d) => d !== undefined)
      .map((d, i) => `${i === 0 ? 'M' : 'L'}${(d.px + a.x).toFixed(1)},${(d.py + a.y).toFixed(1)}`).join(' ');
  }, [layout, placed]);

  const findHighlight = useCallback((id: string) => {
    const d = byIdOf(placed).get(id);
    return d && area ? { p: d.p, px: d.px + area.x, py: d.py + area.y, colour: d.colour, kind: d.kind, hollow: d.hollow } : undefined;
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
          const m = placed[i]!;
          const d = (m.px - mx) ** 2 + (m.py - my) ** 2;
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
    const d = placed[i];
    if (d) onHover(d.p.id, d.px + area.x, d.py + area.y);
    else onHover(null);
  };
  // focusIndex counts points from left to right; the order is sorted on the first key press, not per render.
  const move = (delta: number) => {
    const next = Math.max(0, Math.min(placed.length - 1, (focusIndex < 0 ? 0 : focusIndex + delta)));
    setFocusIndex(next);
    report(leftToRight(placed)[next] ?? -1);
  };

  const focused = focusIndex >= 0 ? placed[leftToRight(placed)[focusIndex] ?? -1] : undefined;

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
            if (i >= 0) onSelect(placed[i]!.p.id);
          }}
          onKeyDown={(e) => {
            const step = e.shiftKey ? 10 : 1;
            if (e.key === 'ArrowRight' || e.key === 'ArrowUp') move(step);
            else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') move(-step);
            else if (e.key === 'Home') move(-placed.length);
            else if (e.key === 'End') move(placed.length);
            else if ((e.key === 'Enter' || e.key === ' ') && focused) onSelect(focused.p.id);
            else if (e.key === 'Escape') (e.currentTarget as HTMLElement).blur();
            else return;
            e.preventDefault();
          }}
          onBlur={() => onHover(null)}
        >
          <canvas ref={canvas} style={{ width: area.width, height: area.height, display: 'block' }} />
          <span id={liveId} className="sr-only" aria-live="polite">{focused ? pointLabel(focused.p, x, y) : ''}</span>
        </div>
      </foreignObject>
      {frontierPath && <path className="frontier-line" d={frontierPath} fill="none" data-testid="frontier" aria-hidden="true" pointerEvents="none" />}
      <HighlightLayer find={findHighlight} />
    </g>
  );
}

// The point layer for large sets: marks drawn on a canvas (in a foreignObject over the plot area) from cached
// sprites, found by position for hover and click, and arrow-key travel with a live description, since
// thousands of separate tab stops would help nobody. Frontier line and rings stay SVG, styled by the theme.
// The hit area is a composite widget (role="application") with its own keyboard model, which these rules
// do not recognise as interactive.
/* oxlint-disable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions */
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { usePlotArea } from 'recharts';
import type { AxisSpec } from '../../domain/chart/axis-scale';
import { pointLabel, type PlotPoints } from '../../domain/chart/points';
import type { FieldDef } from '../../domain/fields';
import { drawMarks, SpriteSheet } from './canvas/draw';
import { MarkFinder, markOf, placeMarks, type MarkSet } from './canvas/marks';
import { HighlightLayer } from './HighlightLayer';

interface Props {
  points: PlotPoints;
  xAxis: AxisSpec;
  yAxis: AxisSpec;
  x: FieldDef;
  y: FieldDef;
  colours: ReadonlyMap<string, string>;
  /** The frontier's points (indexes into `points`), left to right; empty when the frontier is not shown. */
  frontier: readonly number[];
  onHover: (id: string | null, px?: number, py?: number) => void;
  onSelect: (id: string) => void;
}

const NO_MARKS: MarkSet = {
  length: 0, px: new Float64Array(0), py: new Float64Array(0), sprite: new Uint16Array(0), sprites: [], point: new Uint32Array(0),
};

export function CanvasPointLayer({ points, xAxis, yAxis, x, y, colours, frontier, onHover, onSelect }: Props) {
  const area = usePlotArea();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [focusIndex, setFocusIndex] = useState(-1);
  const liveId = useId();
  const dpr = window.devicePixelRatio || 1;
  const sheet = useMemo(() => new SpriteSheet(dpr), [dpr]);
  const width = area?.width ?? 0;
  const height = area?.height ?? 0;
  // Until Recharts has laid out the plot area there is nowhere to place the marks.
  const marks = useMemo(
    () => (width > 0 && height > 0 ? placeMarks(points, xAxis, yAxis, { width, height }, colours) : NO_MARKS),
    [points, xAxis, yAxis, width, height, colours],
  );
  const finder = useMemo(() => new MarkFinder(marks), [marks]);

  // Drawn before the browser paints, so the axes and the points on screen always belong together.
  useLayoutEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    c.width = Math.round(width * dpr);
    c.height = Math.round(height * dpr);
    drawMarks(ctx, marks, sheet);
  }, [marks, sheet, width, height, dpr]);

  const ox = area?.x ?? 0;
  const oy = area?.y ?? 0;
  const onFrontier = useMemo(() => frontier.map((j) => markOf(marks, j)).filter((i) => i >= 0), [frontier, marks]);
  const frontierPath = onFrontier.map((i, k) => `${k === 0 ? 'M' : 'L'}${(marks.px[i]! + ox).toFixed(1)},${(marks.py[i]! + oy).toFixed(1)}`).join(' ');

  const findHighlight = useCallback((id: string) => {
    const i = markOf(marks, points.indexOfId(id));
    if (i < 0) return undefined;
    const { colour, kind, hollow } = marks.sprites[marks.sprite[i]!]!;
    return { p: points.at(marks.point[i]!), px: marks.px[i]! + ox, py: marks.py[i]! + oy, colour, kind, hollow };
  }, [marks, points, ox, oy]);

  if (!area) return null;

  const idOf = (i: number) => points.id(marks.point[i]!);
  const at = (e: React.PointerEvent | React.MouseEvent) => {
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return finder.nearest(e.clientX - r.left, e.clientY - r.top);
  };
  const report = (i: number) => {
    if (i >= 0 && i < marks.length) onHover(idOf(i), marks.px[i]! + ox, marks.py[i]! + oy);
    else onHover(null);
  };
  // focusIndex counts marks from left to right.
  const move = (delta: number) => {
    const next = Math.max(0, Math.min(marks.length - 1, focusIndex < 0 ? 0 : focusIndex + delta));
    setFocusIndex(next);
    report(finder.fromLeft(next));
  };
  const focusedMark = focusIndex >= 0 ? finder.fromLeft(focusIndex) : -1;
  const focused = focusedMark >= 0 ? points.at(marks.point[focusedMark]!) : undefined;

  return (
    <g className="point-layer canvas-layer">
      <foreignObject x={area.x} y={area.y} width={area.width} height={area.height} data-canvas-marks="">
        <div
          className="canvas-hit"
          tabIndex={0}
          role="application"
          aria-roledescription="scatter plot"
          aria-label={`${marks.length.toLocaleString()} points. Arrow keys move between points from left to right, Enter selects, Escape leaves.`}
          aria-describedby={liveId}
          onPointerMove={(e) => report(at(e))}
          onPointerLeave={() => onHover(null)}
          onClick={(e) => {
            const i = at(e);
            if (i >= 0) onSelect(idOf(i));
          }}
          onKeyDown={(e) => {
            const step = e.shiftKey ? 10 : 1;
            if (e.key === 'ArrowRight' || e.key === 'ArrowUp') move(step);
            else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') move(-step);
            else if (e.key === 'Home') move(-marks.length);
            else if (e.key === 'End') move(marks.length);
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
      <g aria-hidden="true" pointerEvents="none">
        {frontierPath && <path className="frontier-line" d={frontierPath} fill="none" data-testid="frontier" />}
        {onFrontier.map((i) => <circle key={i} cx={marks.px[i]! + ox} cy={marks.py[i]! + oy} r={8.5} className="frontier-ring" />)}
      </g>
      <HighlightLayer find={findHighlight} />
    </g>
  );
}

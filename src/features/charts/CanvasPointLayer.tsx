// The point layer for large sets: marks drawn on a canvas (in a foreignObject over the plot area) from cached
// sprites, found by position for hover and click. The chart is one keyboard stop with the same keys as the SVG
// layer (usePointKeys) and a live description. Frontier, rings, whiskers, a highlighted group's emphasis and labels
// stay SVG, styled by the theme.
// The hit area is a composite widget (role="application") with its own keyboard model, which these rules
// do not recognise as interactive.
/* oxlint-disable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { projector, type AxisSpec } from '../../domain/chart/axis-scale';
import { EMPHASIS_CLEARANCE, standingCandidates } from '../../domain/chart/labels';
import { pointLabel, type PlotPoints } from '../../domain/chart/points';
import type { FieldDef } from '../../domain/fields';
import { drawMarks, SpriteSheet } from './canvas/draw';
import { MarkFinder, markOf, placeMarks, type MarkSet } from './canvas/marks';
import { EmphasisLayer } from './EmphasisLayer';
import { HighlightLayer } from './HighlightLayer';
import { LabelLayer } from './LabelLayer';
import { usePointKeys } from './usePointKeys';
import { Whiskers } from './Whiskers';

interface Props {
  points: PlotPoints;
  xAxis: AxisSpec;
  yAxis: AxisSpec;
  x: FieldDef;
  y: FieldDef;
  /** The frontier's points (indexes into `points`), left to right; empty when the frontier is not shown. */
  frontier: readonly number[];
  interactive: boolean;
  onHover: (id: string | null, px?: number, py?: number) => void;
  onSelect: (id: string) => void;
  onAnnounce: (text: string) => void;
}

const NO_MARKS: MarkSet = {
  length: 0, px: new Float64Array(0), py: new Float64Array(0), sprite: new Uint16Array(0), sprites: [], point: new Uint32Array(0),
};

export function CanvasPointLayer({ points, xAxis, yAxis, x, y, frontier, interactive, onHover, onSelect, onAnnounce }: Props) {
  // Recharts knows the plot area before the axes have registered their sizes; their scales come with them, and
  // drawing before that would draw every mark twice.
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const laidOut = Boolean(xScale && yScale);
  const plotArea = usePlotArea();
  const area = laidOut ? plotArea : undefined;
  const canvas = useRef<HTMLCanvasElement>(null);
  const dpr = window.devicePixelRatio || 1;
  const sheet = useMemo(() => new SpriteSheet(dpr), [dpr]);
  const width = area?.width ?? 0;
  const height = area?.height ?? 0;
  const ox = area?.x ?? 0;
  const oy = area?.y ?? 0;
  // Until Recharts has laid out the plot area there is nowhere to place the marks.
  const marks = useMemo(() => (width > 0 && height > 0 ? placeMarks(points, xAxis, yAxis, { width, height }) : NO_MARKS), [points, xAxis, yAxis, width, height]);
  const finder = useMemo(() => new MarkFinder(marks), [marks]);
  // Marks' positions in chart pixels, as the keyboard and the labels see them.
  const [cx, cy] = useMemo(() => [marks.px.map((v) => v + ox), marks.py.map((v) => v + oy)], [marks, ox, oy]);

  // Drawn before the browser paints, so the axes and the points on screen always belong together.
  useLayoutEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    c.width = Math.round(width * dpr);
    c.height = Math.round(height * dpr);
    drawMarks(ctx, marks, sheet);
  }, [marks, sheet, width, height, dpr]);

  const onFrontier = useMemo(() => frontier.map((j) => markOf(marks, j)).filter((i) => i >= 0), [frontier, marks]);
  const frontierPath = onFrontier.map((i, k) => `${k === 0 ? 'M' : 'L'}${cx[i]!.toFixed(1)},${cy[i]!.toFixed(1)}`).join(' ');
  const idOf = useCallback((i: number) => points.id(marks.point[i]!), [points, marks]);
  const indexOf = useCallback((id: string) => markOf(marks, points.indexOfId(id)), [marks, points]);

  const findHighlight = useCallback((id: string) => {
    const i = indexOf(id);
    if (i < 0) return undefined;
    const { colour, kind, hollow } = marks.sprites[marks.sprite[i]!]!;
    return { p: points.at(marks.point[i]!), px: cx[i]!, py: cy[i]!, colour, kind, hollow };
  }, [indexOf, marks, points, cx, cy]);
  const find = useCallback((id: string) => {
    const i = indexOf(id);
    const model = i < 0 ? undefined : points.models[marks.point[i]!]!;
    return model && { id, text: model.name, px: cx[i]!, py: cy[i]!, ...(model.highlight ? { clearance: EMPHASIS_CLEARANCE } : {}) };
  }, [indexOf, points, marks, cx, cy]);
  const highlighted = useMemo(() => points.highlighted.map((j) => markOf(marks, j)).filter((i) => i >= 0), [points, marks]);
  const emphasis = useMemo(() => {
    const ringed = new Set(onFrontier);
    return highlighted.map((i) => ({ id: idOf(i), px: cx[i]!, py: cy[i]!, ...marks.sprites[marks.sprite[i]!]!, onFrontier: ringed.has(i) }));
  }, [highlighted, onFrontier, idOf, cx, cy, marks]);
  const standing = useMemo(() => standingCandidates(cx, cy, onFrontier, (i) => ({ id: idOf(i), text: points.models[marks.point[i]!]!.name }), highlighted),
    [cx, cy, onFrontier, idOf, points, marks, highlighted]);
  const box = useMemo(() => ({ x0: ox, y0: oy, x1: ox + width, y1: oy + height }), [ox, oy, width, height]);
  const ranged = useMemo(() => {
    const toX = projector(xAxis, ox, ox + width);
    const toY = projector(yAxis, oy + height, oy);
    return points.ranged.map((j) => ({ j, i: markOf(marks, j), p: points.at(j), toX, toY })).filter((r) => r.i >= 0);
  }, [points, marks, xAxis, yAxis, ox, oy, width, height]);

  const keys = usePointKeys({
    px: cx, py: cy, idOf, indexOf, onSelect,
    onReach: (i) => {
      if (i < 0) return onHover(null);
      onHover(idOf(i), cx[i], cy[i]);
      onAnnounce(pointLabel(points.at(marks.point[i]!), x, y));
    },
  });

  if (!area) return null;
  const at = (e: React.PointerEvent | React.MouseEvent) => {
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return finder.nearest(e.clientX - r.left, e.clientY - r.top);
  };

  return (
    <g className="point-layer canvas-layer">
      <foreignObject x={area.x} y={area.y} width={area.width} height={area.height} data-canvas-marks="">
        <div
          className="canvas-hit" tabIndex={interactive ? 0 : undefined} role="application" aria-roledescription="scatter plot"
          aria-label={`${marks.length.toLocaleString()} points. Arrow keys move to the nearest point, Home and End to the ends, Enter selects, Escape clears the selection.`}
          onPointerMove={(e) => {
            const i = at(e);
            return i >= 0 ? onHover(idOf(i), cx[i], cy[i]) : onHover(null);
          }}
          onPointerLeave={() => onHover(null)}
          onClick={(e) => {
            const i = at(e);
            if (i >= 0) onSelect(idOf(i));
          }}
          onKeyDown={keys.onKeyDown} onFocus={keys.onFocus} onBlur={keys.onBlur}
        >
          <canvas ref={canvas} style={{ width: area.width, height: area.height, display: 'block' }} />
        </div>
      </foreignObject>
      <g aria-hidden="true" pointerEvents="none">
        {ranged.map(({ j, i, p, toX, toY }) => (
          <Whiskers key={j} px={cx[i]!} py={cy[i]!} x={p.xm.range && [toX(p.xm.range[0]), toX(p.xm.range[1])]}
            y={p.ym.range && [toY(p.ym.range[0]), toY(p.ym.range[1])]} colour={marks.sprites[marks.sprite[i]!]!.colour} />
        ))}
        {frontierPath && <path className="frontier-line" d={frontierPath} fill="none" data-testid="frontier" />}
        {onFrontier.map((i) => <circle key={i} cx={cx[i]} cy={cy[i]} r={8.5} className="frontier-ring" />)}
      </g>
      <EmphasisLayer marks={emphasis} />
      {interactive && <HighlightLayer find={findHighlight} />}
      <LabelLayer standing={standing} area={box} find={find} interactive={interactive} />
    </g>
  );
}

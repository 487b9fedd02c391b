// Draws the points of one chart as accessible SVG marks under Recharts' axes: colour by organization,
// shape by cost tier, hollow when estimated, error bars for known ranges, the frontier and non-overlapping labels.
// SVG has no <button>: a focusable <g role="button"> is the accessible equivalent inside a chart.
/* oxlint-disable jsx-a11y/prefer-tag-over-role */
import { useCallback, useMemo } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import type { FieldDef } from '../../domain/fields';
import { pointLabel, type PlotPoint } from '../../domain/chart/points';
import { placeLabels } from './labels';
import { markStyle } from './shapes';
import { HighlightLayer } from './HighlightLayer';
import { Mark } from './Mark';

export interface PointLayerProps {
  points: readonly PlotPoint[];
  x: FieldDef;
  y: FieldDef;
  colours: ReadonlyMap<string, string>;
  frontier: readonly string[];
  showLabels: boolean;
  /** Which axes carry an estimate range to draw as an error bar. */
  rangeOnX: boolean;
  rangeOnY: boolean;
  onHover: (id: string | null, px?: number, py?: number) => void;
  onSelect: (id: string) => void;
}

const LABEL_LIMIT = 40;

export function PointLayer(props: PointLayerProps) {
  const { points, x, y, colours, frontier, showLabels, rangeOnX, rangeOnY, onHover, onSelect } = props;
  // Hover is drawn by HighlightLayer alone: moving the pointer never re-renders every mark.
  const selectedId = useAppStore(selectSelectedId);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();

  const placed = useMemo(() => {
    if (!xScale || !yScale) return [];
    return points.map((p) => ({ p, px: xScale(p.x) ?? NaN, py: yScale(p.y) ?? NaN }))
      .filter((d) => Number.isFinite(d.px) && Number.isFinite(d.py));
  }, [points, xScale, yScale]);

  const byId = useMemo(() => new Map(placed.map((d) => [d.p.id, d])), [placed]);
  const frontierSet = useMemo(() => new Set(frontier), [frontier]);
  const findHighlight = useCallback((id: string) => {
    const d = byId.get(id);
    return d && { ...d, ...markStyle(d.p.model, colours), hollow: d.p.estimated };
  }, [byId, colours]);

  const labels = useMemo(() => {
    if (!showLabels || !area || placed.length > LABEL_LIMIT) return [];
    const candidates = placed.map(({ p, px, py }) => ({
      id: p.id, text: p.model.name, px, py,
      priority: (p.id === selectedId ? 1000 : 0) + (frontierSet.has(p.id) ? 100 : 0) + p.y / 1000,
    }));
    return placeLabels(candidates, area.x + area.width + 24, placed.map(({ px, py }) => ({ px, py })));
  }, [showLabels, area, placed, selectedId, frontierSet]);

  if (!xScale || !yScale) return null;
  const frontierPath = frontier
    .map((id) => byId.get(id))
    .filter((d): d is NonNullable<typeof d> => d !== undefined)
    .map((d, i) => `${i === 0 ? 'M' : 'L'}${d.px.toFixed(1)},${d.py.toFixed(1)}`)
    .join(' ');

  // Points stay in left-to-right order (a stable tab order that reads along the x axis); the selected and
  // hovered points are drawn again on top by an aria-hidden overlay, so highlighting never reorders the DOM.
  const ordered = [...placed].sort((a, b) => a.px - b.px || a.py - b.py);

  return (
    <g className="point-layer">
      {frontierPath && <path className="frontier-line" d={frontierPath} fill="none" data-testid="frontier" aria-hidden="true" />}
      {ordered.map(({ p, px, py }) => {
        const { colour, kind } = markStyle(p.model, colours);
        const active = p.id === selectedId;
        const xr = rangeOnX ? p.xm.range : undefined;
        const yr = rangeOnY ? p.ym.range : undefined;
        return (
          <g
            key={p.id}
            className={`point${active ? ' point-active' : ''}${p.id === selectedId ? ' point-selected' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={pointLabel(p, x, y)}
            aria-pressed={p.id === selectedId}
            data-model-id={p.id}
            onMouseEnter={() => onHover(p.id, px, py)}
            onMouseLeave={() => onHover(null)}
            onFocus={() => onHover(p.id, px, py)}
            onBlur={() => onHover(null)}
            onClick={() => onSelect(p.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(p.id);
              }
            }}
          >
            {xr && <ErrorBar x1={xScale(xr[0])} x2={xScale(xr[1])} y1={py} y2={py} colour={colour} />}
            {yr && <ErrorBar x1={px} x2={px} y1={yScale(yr[0])} y2={yScale(yr[1])} colour={colour} />}
            {frontierSet.has(p.id) && <circle cx={px} cy={py} r={8.5} className="frontier-ring" />}
            <Mark px={px} py={py} colour={colour} kind={kind} hollow={p.estimated} active={active} />
          </g>
        );
      })}
      <HighlightLayer find={findHighlight} />
      {labels.map((l) => (
        <text key={l.id} x={l.lx} y={l.ly} textAnchor={l.anchor} className={`point-label${l.id === selectedId ? ' point-label-selected' : ''}`} aria-hidden="true">
          {l.text}
        </text>
      ))}
    </g>
  );
}

function ErrorBar({ x1, x2, y1, y2, colour }: { x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined; colour: string }) {
  if ([x1, x2, y1, y2].some((v) => v === undefined || !Number.isFinite(v))) return null;
  const horizontal = y1 === y2;
  const cap = 4;
  return (
    <g className="error-bar" stroke={colour} strokeWidth={1.2} aria-hidden="true">
      <line x1={x1} x2={x2} y1={y1} y2={y2} />
      {horizontal ? (
        <>
          <line x1={x1} x2={x1} y1={y1! - cap} y2={y1! + cap} />
          <line x1={x2} x2={x2} y1={y1! - cap} y2={y1! + cap} />
        </>
      ) : (
        <>
          <line x1={x1! - cap} x2={x1! + cap} y1={y1} y2={y1} />
          <line x1={x1! - cap} x2={x1! + cap} y1={y2} y2={y2} />
        </>
      )}
    </g>
  );
}

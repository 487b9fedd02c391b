// The points of a chart of up to 500 as SVG marks under Recharts' axes: colour by organisation, shape by cost tier,
// hollow when estimated, whiskers for intervals, rings on the frontier, a highlighted group on top, and labels. The layer is a listbox (one Tab
// stop; see usePointKeys) whose options are the points, so each keeps its name for assistive technology.
/* oxlint-disable jsx-a11y/prefer-tag-over-role, jsx-a11y/click-events-have-key-events */
import { useCallback, useId, useMemo } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { EMPHASIS_CLEARANCE, standingCandidates } from '../../domain/chart/labels';
import { pointLabel, type PlotPoint } from '../../domain/chart/points';
import type { FieldDef } from '../../domain/fields';
import { selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { EmphasisLayer } from './EmphasisLayer';
import { HighlightLayer } from './HighlightLayer';
import { LabelLayer } from './LabelLayer';
import { Mark } from './Mark';
import { markStyle } from './shapes';
import { usePointKeys } from './usePointKeys';
import { Whiskers } from './Whiskers';

export interface PointLayerProps {
  points: readonly PlotPoint[];
  x: FieldDef;
  y: FieldDef;
  /** The frontier's ids, left to right; empty when it is not shown. */
  frontier: readonly string[];
  /** False in an export: no keyboard, hover or selection. */
  interactive: boolean;
  onHover: (id: string | null, px?: number, py?: number) => void;
  onSelect: (id: string) => void;
  onAnnounce: (text: string) => void;
}

export function PointLayer({ points, x, y, frontier, interactive, onHover, onSelect, onAnnounce }: PointLayerProps) {
  // Hover is drawn by HighlightLayer and LabelLayer alone: moving the pointer never re-renders every mark.
  const selectedId = useAppStore(selectSelectedId);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  const domId = useId();

  // Points in left-to-right order, so the options read along the x axis.
  const placed = useMemo(() => {
    if (!xScale || !yScale) return [];
    return points.map((p) => ({ p, px: xScale(p.x) ?? NaN, py: yScale(p.y) ?? NaN }))
      .filter((d) => Number.isFinite(d.px) && Number.isFinite(d.py))
      .sort((a, b) => a.px - b.px || a.py - b.py);
  }, [points, xScale, yScale]);
  const px = useMemo(() => placed.map((d) => d.px), [placed]);
  const py = useMemo(() => placed.map((d) => d.py), [placed]);
  const indexById = useMemo(() => new Map(placed.map((d, i) => [d.p.id, i])), [placed]);
  const frontierSet = useMemo(() => new Set(frontier), [frontier]);

  const find = useCallback((id: string) => {
    const d = placed[indexById.get(id) ?? -1];
    return d && { id, text: d.p.model.name, px: d.px, py: d.py, ...(d.p.model.highlight ? { clearance: EMPHASIS_CLEARANCE } : {}) };
  }, [placed, indexById]);
  const findHighlight = useCallback((id: string) => {
    const d = placed[indexById.get(id) ?? -1];
    return d && { ...d, ...markStyle(d.p.model), hollow: d.p.estimated };
  }, [placed, indexById]);
  const highlighted = useMemo(() => placed.flatMap((d, i) => (d.p.model.highlight ? [i] : [])), [placed]);
  const emphasis = useMemo(() => highlighted.map((i) => {
    const { p, px: mx, py: my } = placed[i]!;
    return { id: p.id, px: mx, py: my, ...markStyle(p.model), hollow: p.estimated, onFrontier: frontierSet.has(p.id) };
  }), [highlighted, placed, frontierSet]);
  const standing = useMemo(() => {
    const onFrontier = frontier.map((id) => indexById.get(id)).filter((i): i is number => i !== undefined);
    return standingCandidates(px, py, onFrontier, (i) => ({ id: placed[i]!.p.id, text: placed[i]!.p.model.name }), highlighted);
  }, [frontier, indexById, px, py, placed, highlighted]);
  const box = useMemo(() => area && { x0: area.x, y0: area.y, x1: area.x + area.width, y1: area.y + area.height }, [area]);
  const marks = useMemo(() => placed.map(({ px: mx, py: my }) => ({ px: mx, py: my })), [placed]);

  const keys = usePointKeys({
    px, py, idOf: (i) => placed[i]!.p.id, indexOf: (id) => indexById.get(id) ?? -1, onSelect,
    onReach: (i) => {
      const d = placed[i];
      onHover(d ? d.p.id : null, d?.px, d?.py);
      if (d) onAnnounce(pointLabel(d.p, x, y));
    },
  });

  if (!xScale || !yScale || !box || !area) return null;
  const frontierPath = frontier
    .map((id) => placed[indexById.get(id) ?? -1])
    .filter((d): d is NonNullable<typeof d> => d !== undefined)
    .map((d, i) => `${i === 0 ? 'M' : 'L'}${d.px.toFixed(1)},${d.py.toFixed(1)}`)
    .join(' ');
  const optionId = (i: number) => `${domId}-p${i}`;
  const range = (r: readonly [number, number] | undefined, scale: (v: number) => number | undefined) =>
    r && ([scale(r[0]) ?? NaN, scale(r[1]) ?? NaN] as const);

  return (
    <g
      className="point-layer" role={interactive ? 'listbox' : undefined} tabIndex={interactive ? 0 : undefined}
      aria-label={interactive ? `${placed.length} points. Arrow keys move to the nearest point, Home and End to the ends, Enter selects, Escape clears the selection.` : undefined}
      aria-activedescendant={interactive && keys.active >= 0 ? optionId(keys.active) : undefined}
      onKeyDown={interactive ? keys.onKeyDown : undefined} onFocus={interactive ? keys.onFocus : undefined} onBlur={interactive ? keys.onBlur : undefined}
    >
      <rect className="plot-focus" x={area.x} y={area.y} width={area.width} height={area.height} aria-hidden="true" />
      {frontierPath && <path className="frontier-line" d={frontierPath} fill="none" data-testid="frontier" aria-hidden="true" />}
      {placed.map(({ p, px: mx, py: my }, i) => {
        const { colour, kind } = markStyle(p.model);
        const selected = interactive && p.id === selectedId;
        return (
          <g
            key={p.id} id={optionId(i)} role={interactive ? 'option' : undefined} aria-selected={interactive ? selected : undefined}
            aria-label={pointLabel(p, x, y)} data-model-id={p.id}
            className={`point${selected ? ' point-selected' : ''}${keys.active === i ? ' point-keyed' : ''}`}
            onMouseEnter={() => onHover(p.id, mx, my)} onMouseLeave={() => onHover(null)} onClick={() => onSelect(p.id)}
          >
            <Whiskers px={mx} py={my} x={range(p.xm.range, xScale)} y={range(p.ym.range, yScale)} colour={colour} />
            {frontierSet.has(p.id) && <circle cx={mx} cy={my} r={8.5} className="frontier-ring" />}
            <Mark px={mx} py={my} colour={colour} kind={kind} hollow={p.estimated} active={selected} />
          </g>
        );
      })}
      <EmphasisLayer marks={emphasis} />
      {interactive && <HighlightLayer find={findHighlight} />}
      <LabelLayer standing={standing} area={box} marks={marks} find={find} interactive={interactive} />
    </g>
  );
}

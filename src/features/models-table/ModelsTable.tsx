// The "Models" table: every filtered model, sortable by parsed value, with a show/hide toggle per row.
import { useTable } from '@tanstack/react-table';
import { useEffect, useMemo, useRef } from 'react';
import { FIELDS } from '../../domain/fields';
import { paretoOptimalIds } from '../../domain/pareto-flags';
import { chartTitle } from '../../domain/plot';
import { useFilterOutcome, useHiddenSet, useVisibleModels } from '../../store/derived';
import { selectActiveChartId, selectCharts, selectHoveredId, selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { columns, features, type TableRow } from './columns';
import { TableToolbar } from './TableToolbar';
import { SortHeader } from './SortHeader';

export function ModelsTable() {
  const { models } = useFilterOutcome();
  const hidden = useHiddenSet();
  const selectedId = useAppStore(selectSelectedId);
  const hoveredId = useAppStore(selectHoveredId);
  const toggleModel = useAppStore((s) => s.toggleModel);
  const hover = useAppStore((s) => s.hover);
  const visible = useVisibleModels();
  const charts = useAppStore(selectCharts);
  const activeChartId = useAppStore(selectActiveChartId);
  const active = charts.find((c) => c.id === activeChartId) ?? charts[0];
  const optimal = useMemo(() => (active ? paretoOptimalIds(visible, active) : new Set<string>()), [visible, active]);
  const axesName = active ? chartTitle(FIELDS[active.x], FIELDS[active.y]) : '';
  // The flag travels in the row data: TanStack caches cell values per row, so a changing column would go stale.
  const data = useMemo<TableRow[]>(
    () => models.map((m) => ({ m, pareto: hidden.has(m.id) ? undefined : optimal.has(m.id) })),
    [models, hidden, optimal],
  );
  const table = useTable({ features, columns, data, getRowId: (r) => r.m.id });
  const body = useRef<HTMLTableSectionElement>(null);

  // A point clicked in a chart selects its row: bring that row into view.
  useEffect(() => {
    if (!selectedId) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-model-id="${CSS.escape(selectedId)}"]`);
    row?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [selectedId]);

  return (
    <>
    <TableToolbar models={models} />
    <div className="table-scroll">
      <table aria-label="Models" className="models-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th scope="col" className="col-toggle"><span className="sr-only">Shown</span></th>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} suffix={header.column.id === 'pareto' ? `(${axesName})` : ''} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody ref={body}>
          {table.getRowModel().rows.map((row) => {
            const m = row.original.m;
            const isHidden = hidden.has(m.id);
            const classes = [isHidden && 'row-hidden', m.id === selectedId && 'row-selected', m.id === hoveredId && 'row-hovered']
              .filter(Boolean).join(' ');
            return (
              <tr
                key={row.id}
                className={classes || undefined}
                data-model-id={m.id}
                onMouseEnter={() => hover(m.id)}
                onMouseLeave={() => hover(null)}
                onFocus={() => hover(m.id)}
                onBlur={() => hover(null)}
              >
                <td className="col-toggle">
                  <input type="checkbox" checked={!isHidden} aria-label={`Show ${m.name}`} onChange={() => toggleModel(m.id)} />
                </td>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={(cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric ? 'num' : undefined}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {models.length === 0 && <p className="empty">No models match the filters.</p>}
    </div>
    </>
  );
}

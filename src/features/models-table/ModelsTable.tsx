// The "Models" table: every filtered model, sortable by parsed value, with a show/hide toggle per row.
import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { useAfterPaint } from '../../components/ui/useAfterPaint';
import { FIELDS } from '../../domain/fields';
import { paretoOptimalIds } from '../../domain/pareto-flags';
import { chartTitle } from '../../domain/plot';
import { useFilterOutcome, useHiddenSet, useVisibleModels } from '../../store/derived';
import { selectActiveChartId, selectCharts, selectSelectedId, selectUserDataPending } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { columns, features, type TableRow } from './columns';
import { ModelRow } from './ModelRow';
import { TableToolbar } from './TableToolbar';
import { SortHeader } from './SortHeader';

/** Below this many rows every row is rendered; above it only the rows in view (plus overscan). */
const VIRTUALIZE_ABOVE = 200;
const ROW_HEIGHT = 44;

export function ModelsTable() {
  const pending = useAppStore(selectUserDataPending);
  // A filter click paints first, and the table catches up after that paint, in an interruptible render.
  // Rows read their own live hidden, selected and hovered flags; the Pareto column reads the lagging copy.
  const liveModels = useFilterOutcome().models;
  const liveHidden = useHiddenSet();
  const liveVisible = useVisibleModels();
  const liveCharts = useAppStore(selectCharts);
  const liveActiveChartId = useAppStore(selectActiveChartId);
  const { models, hidden, visible, charts, activeChartId } = useAfterPaint(
    useMemo(
      () => ({ models: liveModels, hidden: liveHidden, visible: liveVisible, charts: liveCharts, activeChartId: liveActiveChartId }),
      [liveModels, liveHidden, liveVisible, liveCharts, liveActiveChartId],
    ),
    pending,
  );
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
  const scroller = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  // Rows not yet measured are estimated at the height of the last row measured. A measurement that differs
  // from the estimate makes the virtualizer recompute every row's offset after it (O(rows)): with a fixed guess
  // (44 px against 70 px rows of imported data) that happened for each row scrolled into view, and at 100,000
  // rows it dropped frames.
  const typicalRow = useRef(ROW_HEIGHT);
  // Stable while the rows are: the virtualizer recomputes every row's offset when this function changes, and a
  // new one per render (each scroll step re-renders the table) cost ~10 ms a frame at 100,000 rows.
  const getItemKey = useCallback((i: number) => rows[i]?.id ?? i, [rows]);
  // We do not use the React Compiler; this component memoises by hand and passes only `measure` down.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => typicalRow.current,
    overscan: 10,
    getItemKey,
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const measure = useCallback((el: Element | null) => {
    // Read as the virtualizer reads it (offsetHeight, whole pixels), so an estimate and a measurement agree.
    if (el instanceof HTMLElement) typicalRow.current = el.offsetHeight || typicalRow.current;
    virtualizer.measureElement(el);
  }, [virtualizer]);
  // Rows to render, each with its position in display order (what the virtualizer and aria-rowindex count).
  const shown = virtual
    ? items.flatMap((it) => (rows[it.index] ? [{ row: rows[it.index]!, at: it.index }] : []))
    : rows.map((row, at) => ({ row, at }));
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;

  // Nothing to list until saved data is read (see ChartsGrid).
  if (pending) return <div className="table-scroll table-pending" aria-busy="true" />;
  return (
    <>
    <TableToolbar models={models} />
    <ScrollToSelected rows={rows} scrollToIndex={virtual ? (i) => virtualizer.scrollToIndex(i, { align: 'center' }) : undefined} body={body} />
    <div className="table-scroll" ref={scroller}>
      <table aria-label="Models" className="models-table" aria-rowcount={rows.length + 1}>
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
          {padTop > 0 && <tr aria-hidden="true" className="spacer"><td style={{ height: padTop }} colSpan={99} /></tr>}
          {shown.map(({ row, at }) => (
            <ModelRow key={row.id} row={row} at={at} measure={virtual ? measure : undefined} />
          ))}
          {padBottom > 0 && <tr aria-hidden="true" className="spacer"><td style={{ height: padBottom }} colSpan={99} /></tr>}
        </tbody>
      </table>
      {models.length === 0 && <p className="empty">No models match the filters.</p>}
    </div>
    </>
  );
}

interface ScrollProps {
  rows: readonly { id: string }[];
  /** Set when the list is virtualized: the row may not be in the DOM yet. */
  scrollToIndex: ((index: number) => void) | undefined;
  body: RefObject<HTMLTableSectionElement | null>;
}

/**
 * A point clicked in a chart selects its row: this brings that row into view. It is its own component so that
 * selecting re-renders it alone, not the whole table.
 */
function ScrollToSelected({ rows, scrollToIndex, body }: ScrollProps) {
  const selectedId = useAppStore(selectSelectedId);
  useEffect(() => {
    if (!selectedId) return;
    const index = rows.findIndex((r) => r.id === selectedId);
    if (index < 0) return;
    if (scrollToIndex) scrollToIndex(index);
    else body.current?.querySelector<HTMLElement>(`tr[data-model-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    // oxlint-disable-next-line react/exhaustive-deps -- only when the selection changes, not on every re-sort
  }, [selectedId]);
  return null;
}

// The "Models" table: every filtered model, sortable by parsed value, with a show/hide toggle per row.
import { useTable, type SortingState } from '@tanstack/react-table';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useAfterPaint } from '../../components/ui/useAfterPaint';
import { FIELDS } from '../../domain/fields';
import type { ModelRecord } from '../../domain/model';
import { paretoOptimalIds } from '../../domain/pareto-flags';
import { chartTitle } from '../../domain/plot';
import { useAllModels, useFilterOutcome, useHiddenSet, useVisibleModels } from '../../store/derived';
import { selectActiveChartId, selectCharts, selectSelectedId, selectUserDataPending } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import type { ChartSpec } from '../../store/view-slice';
import { columns, features, type TableRow } from './columns';
import { rowOrder } from './row-order';
import { TableToolbar } from './TableToolbar';
import { useFrozenColumns } from './useFrozenColumns';
import { SortHeader } from './SortHeader';
import { useBodyRows } from './useBodyRows';

/** Below this many rows every row is rendered; above it only the rows in view (plus overscan). */
const VIRTUALIZE_ABOVE = 200;
/** How long after the last scroll event the table counts as still scrolling (TanStack Virtual uses 150 ms too). */
const SCROLL_SETTLE_MS = 150;
/** Pareto flags for an order that does not sort by them. */
const NO_FLAGS = () => undefined;
/** TanStack draws the header and keeps the sort; the body rows are written by useBodyRows. */
const NO_ROWS: TableRow[] = [];

export function ModelsTable() {
  const pending = useAppStore(selectUserDataPending);
  // A filter click paints first, and the table catches up after that paint, in an interruptible render.
  // Rows read their own live hidden, selected and hovered flags; the Pareto column reads the lagging copy.
  const liveAll = useAllModels();
  const liveModels = useFilterOutcome().models;
  const liveHidden = useHiddenSet();
  const liveVisible = useVisibleModels();
  const liveCharts = useAppStore(selectCharts);
  const liveActiveChartId = useAppStore(selectActiveChartId);
  const lagging = useAfterPaint(
    useMemo(
      () => ({ all: liveAll, models: liveModels, hidden: liveHidden, visible: liveVisible, charts: liveCharts, activeChartId: liveActiveChartId }),
      [liveAll, liveModels, liveHidden, liveVisible, liveCharts, liveActiveChartId],
    ),
    pending,
  );
  // Nothing to list until saved data is read (see ChartsGrid).
  if (pending) return <div className="table-scroll table-pending" aria-busy="true" />;
  // The table itself is a memoised child of the lagging copy: the click's own render stops here.
  return <TableView {...lagging} />;
}

interface ViewProps {
  /** The whole dataset: a new one sizes the columns again. */
  all: readonly ModelRecord[];
  models: readonly ModelRecord[];
  hidden: ReadonlySet<string>;
  visible: readonly ModelRecord[];
  charts: readonly ChartSpec[];
  activeChartId: string;
}

const TableView = memo(function TableView({ all, models, hidden, visible, charts, activeChartId }: ViewProps) {
  const active = charts.find((c) => c.id === activeChartId) ?? charts[0];
  const optimal = useMemo(() => (active ? paretoOptimalIds(visible, active) : new Set<string>()), [visible, active]);
  const axesName = active ? chartTitle(FIELDS[active.x], FIELDS[active.y]) : '';
  const paretoOf = useCallback((m: ModelRecord) => (hidden.has(m.id) ? undefined : optimal.has(m.id)), [hidden, optimal]);
  // The table sorts by itself (rowOrder, TanStack's rules) and gives TanStack no rows: a Row object for every
  // one of 100,000 models cost ~0.15 s of each load, import and filter change.
  const [sorting, setSorting] = useState<SortingState>([]);
  // The flags matter to the order only when sorting by them: hiding a model then does not sort 100,000 rows again.
  const sortFlags = sorting.some((s) => s.id === 'pareto') ? paretoOf : NO_FLAGS;
  const order = useMemo(() => rowOrder(models, sortFlags, sorting), [models, sortFlags, sorting]);
  const count = models.length;
  const modelAt = useCallback((at: number) => models[order ? order[at]! : at], [models, order]);
  const body = useRef<HTMLTableSectionElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const scrollEnd = useRef<ReturnType<typeof setTimeout>>(undefined);
  // data-scrolling is on while the table scrolls and for a moment after: rows neither take nor give up the hover
  // meanwhile. When it goes, the row under the pointer takes it, whether or not the pointer moves again. A wheel
  // turn marks it too: the browser moves the rows under the pointer (mouseout, mouseover) before the scroll event.
  const markScrolling = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    el.dataset.scrolling = '';
    clearTimeout(scrollEnd.current);
    scrollEnd.current = setTimeout(() => {
      delete el.dataset.scrolling;
      const under = el.querySelector<HTMLElement>('tbody tr[data-model-id]:hover')?.dataset.modelId;
      // A row left during the scroll (see row-events.ts) gives up the hover now, if no row took it.
      if (under || 'hoverLeft' in el.dataset) useAppStore.getState().hover(under ?? null);
      delete el.dataset.hoverLeft;
    }, SCROLL_SETTLE_MS);
  }, []);
  useEffect(() => () => clearTimeout(scrollEnd.current), []);
  const virtual = count > VIRTUALIZE_ABOVE;
  // The Pareto flag travels with the row: a row whose flag changes shows it at once.
  const rowAt = useCallback((at: number): TableRow | undefined => {
    const m = modelAt(at);
    return m && { m, pareto: paretoOf(m) };
  }, [modelAt, paretoOf]);
  const scrollToRow = useBodyRows(scroller, body, { count, rowAt, virtual });
  const table = useTable({
    features, columns, data: NO_ROWS,
    state: { sorting }, onSortingChange: setSorting, manualSorting: true,
  });
  const headRow = useRef<HTMLTableRowElement>(null);
  const frozen = useFrozenColumns(headRow, scroller, virtual, useMemo(() => ({ all, axesName }), [all, axesName]));

  return (
    <>
    <TableToolbar models={models} />
    <ScrollToSelected models={models} order={order} scrollToIndex={virtual ? scrollToRow : undefined} body={body} />
    {/* A long table's scroller has a height of its own, so a change inside it is laid out inside it alone. */}
    <div className={virtual ? 'table-scroll table-scroll-long' : 'table-scroll'} ref={scroller} onScroll={markScrolling} onWheel={markScrolling}>
      <table
        aria-label="Models" className="models-table" aria-rowcount={count + 1}
        style={frozen ? { tableLayout: 'fixed', width: frozen.reduce((a, b) => a + b, 0) } : undefined}
      >
        {frozen && <colgroup>{frozen.map((w, i) => <col key={i} style={{ width: w }} />)}</colgroup>}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} ref={headRow}>
              <th scope="col" className="col-toggle"><span className="sr-only">Shown</span></th>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} suffix={header.column.id === 'pareto' ? `(${axesName})` : ''} />
              ))}
            </tr>
          ))}
        </thead>
        {/* Its rows are written by useBodyRows, not by React: React renders no children here. */}
        <tbody ref={body} />
      </table>
      {models.length === 0 && <p className="empty">No models match the filters.</p>}
    </div>
    </>
  );
});

interface ScrollProps {
  models: readonly ModelRecord[];
  /** Display order (see rowOrder); null: the models' own order. */
  order: Uint32Array | null;
  /** Set when the list is virtualized: the row may not be in the DOM yet. */
  scrollToIndex: ((index: number) => void) | undefined;
  body: RefObject<HTMLTableSectionElement | null>;
}

/**
 * A point clicked in a chart selects its row: this brings that row into view. It is its own component so that
 * selecting re-renders it alone, not the whole table.
 */
function ScrollToSelected({ models, order, scrollToIndex, body }: ScrollProps) {
  const selectedId = useAppStore(selectSelectedId);
  useEffect(() => {
    if (!selectedId) return;
    const position = models.findIndex((m) => m.id === selectedId);
    const index = order && position >= 0 ? order.indexOf(position) : position;
    if (index < 0) return;
    if (scrollToIndex) scrollToIndex(index);
    else body.current?.querySelector<HTMLElement>(`tr[data-model-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    // oxlint-disable-next-line react/exhaustive-deps -- only when the selection changes, not on every re-sort
  }, [selectedId]);
  return null;
}

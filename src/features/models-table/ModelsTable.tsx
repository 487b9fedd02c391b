// The "Models" table: every filtered model, sortable by parsed value, columns that can be hidden, a show/hide
// toggle per row and the active chart's Pareto flag, all through TanStack Table's row model.
import { functionalUpdate, useTable, type ColumnVisibilityState, type Updater } from '@tanstack/react-table';
import { memo, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { ChartDerivation } from '../../domain/chart/derive';
import { choicesAfter, defaultColumnVisibility } from '../../domain/column-defaults';
import type { ModelRecord } from '../../domain/model';
import { chartDerivations, useAllModels, useFilterOutcome, useHiddenSet, useVisibleModels } from '../../store/derived';
import { selectActiveChartId, selectCharts, selectUserDataPending } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import type { ChartSpec } from '../../store/view-slice';
import { columns, COLUMNS_WITH_DATA, features, type TableRow } from './columns';
import { SortHeader } from './SortHeader';
import { AllRows, VirtualRows } from './TableBody';
import { TableToolbar } from './TableToolbar';
import { useFrozenColumns } from './useFrozenColumns';

/** Up to this many rows every row is rendered; above it only the rows in view. */
const VIRTUALIZE_ABOVE = 200;

export function ModelsTable() {
  const pending = useAppStore(selectUserDataPending);
  // Nothing to list until saved data is read (see ChartsGrid).
  if (pending) return <div className="table-scroll table-pending" aria-busy="true" />;
  return <DeferredTable />;
}

/**
 * The control the user touched paints first; the table follows in a deferred (interruptible) render. Rows read
 * their own hidden, selected and hovered flags live.
 */
function DeferredTable() {
  const all = useAllModels();
  const models = useFilterOutcome().models;
  const hidden = useHiddenSet();
  const visible = useVisibleModels();
  const charts = useAppStore(selectCharts);
  const activeChartId = useAppStore(selectActiveChartId);
  const live = useMemo(() => ({ all, models, hidden, visible, charts, activeChartId }), [all, models, hidden, visible, charts, activeChartId]);
  return <TableView {...useDeferredValue(live)} />;
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
  const derivations = chartDerivations(visible, charts);
  const active: ChartDerivation | undefined = derivations.get(activeChartId) ?? derivations.values().next().value;
  const axesName = active?.plot.title ?? '';
  const data = useMemo(
    () => models.map((model): TableRow => ({ model, pareto: hidden.has(model.id) || !active ? undefined : active.paretoOf(model) })),
    [models, hidden, active],
  );
  // The columns the dataset has values for show by default; the user's own choices in the Columns menu win.
  const defaults = useMemo(() => defaultColumnVisibility(all, COLUMNS_WITH_DATA), [all]);
  const [choices, setChoices] = useState<ColumnVisibilityState>({});
  const columnVisibility = useMemo(() => ({ ...defaults, ...choices }), [defaults, choices]);
  const onColumnVisibilityChange = (updater: Updater<ColumnVisibilityState>) =>
    setChoices((c) => choicesAfter(c, { ...defaults, ...c }, functionalUpdate(updater, { ...defaults, ...c })));
  const table = useTable({ features, columns, data, getRowId: (r) => r.model.id, state: { columnVisibility }, onColumnVisibilityChange });
  const { rows } = table.getRowModel();
  const shown = table.getVisibleLeafColumns();
  const long = rows.length > VIRTUALIZE_ABOVE;
  // Held as state: the virtualizer in the body below needs the element, and a child's effects run before a
  // parent's ref is set.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const headRow = useRef<HTMLTableRowElement>(null);
  const frozen = useFrozenColumns(headRow, scroller, long, useMemo(() => ({ all, axesName, shown }), [all, axesName, shown]));

  return (
    <>
      <TableToolbar models={models} columns={table.getAllLeafColumns()} />
      {/* A long table's scroller has a height of its own, so a change inside it is laid out inside it alone. */}
      <div className={long ? 'table-scroll table-scroll-long' : 'table-scroll'} ref={setScroller}>
        <table
          aria-label="Models" className="models-table" aria-rowcount={rows.length + 1}
          style={frozen ? { tableLayout: 'fixed', width: frozen.reduce((a, b) => a + b, 0) } : undefined}
        >
          {frozen && <colgroup>{frozen.map((w, i) => <col key={i} style={{ width: w }} />)}</colgroup>}
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} ref={headRow} aria-rowindex={1}>
                <th scope="col" className="col-toggle"><span className="sr-only">Shown</span></th>
                {group.headers.map((header) => (
                  <SortHeader key={header.id} header={header} suffix={header.column.id === 'pareto' ? `(${axesName})` : ''} />
                ))}
              </tr>
            ))}
          </thead>
          {long ? <VirtualRows rows={rows} columns={shown} scroller={scroller} /> : <AllRows rows={rows} columns={shown} scroller={scroller} />}
        </table>
        {rows.length === 0 && <p className="empty">No models match the filters.</p>}
      </div>
    </>
  );
});

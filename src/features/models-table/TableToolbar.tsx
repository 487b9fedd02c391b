// "Show all" / "Hide all" for the models the table lists, and which columns it shows.
import type { Column } from '@tanstack/react-table';
import type { ModelRecord } from '../../domain/model';
import { useAppStore } from '../../store/store';
import type { features, TableRow } from './columns';

interface Props {
  models: readonly ModelRecord[];
  /** Every column the user may show or hide. */
  columns: readonly Column<typeof features, TableRow, unknown>[];
}

export function TableToolbar({ models, columns }: Props) {
  const setModelsHidden = useAppStore((s) => s.setModelsHidden);
  // The ids are gathered on click: listing every model at each render would cost as much as a row model.
  const setAll = (hidden: boolean) => setModelsHidden(models.map((m) => m.id), hidden);
  return (
    <div className="table-toolbar">
      <button type="button" className="btn" onClick={() => setAll(false)}>Show all</button>
      <button type="button" className="btn" onClick={() => setAll(true)}>Hide all</button>
      <details className="column-menu">
        <summary className="btn">Columns</summary>
        <fieldset>
          <legend className="sr-only">Columns to show</legend>
          {columns.filter((c) => c.getCanHide()).map((c) => (
            <label key={c.id} className="control control-check">
              <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />
              <span>{typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id}</span>
            </label>
          ))}
        </fieldset>
      </details>
      <span className="toolbar-hint">Untick a row to take that model out of every chart, frontier and metric.</span>
    </div>
  );
}

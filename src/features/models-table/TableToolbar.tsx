// "Show all" / "Hide all" for the models the table lists.
import { memo } from 'react';
import type { ModelRecord } from '../../domain/model';
import { useAppStore } from '../../store/store';

/**
 * Memoised, and the ids are gathered on click: the table re-renders on every scroll step, and listing
 * 100,000 ids each time cost several milliseconds of every frame.
 */
export const TableToolbar = memo(function TableToolbar({ models }: { models: readonly ModelRecord[] }) {
  const setModelsHidden = useAppStore((s) => s.setModelsHidden);
  const setAll = (hidden: boolean) => setModelsHidden(models.map((m) => m.id), hidden);
  return (
    <div className="table-toolbar">
      <button type="button" className="btn" onClick={() => setAll(false)}>Show all</button>
      <button type="button" className="btn" onClick={() => setAll(true)}>Hide all</button>
      <span className="toolbar-hint">Untick a row to take that model out of every chart, frontier and metric.</span>
    </div>
  );
});

// "Show all" / "Hide all" for the models the table lists.
import type { ModelRecord } from '../../domain/model';
import { useAppStore } from '../../store/store';

export function TableToolbar({ models }: { models: readonly ModelRecord[] }) {
  const setModelsHidden = useAppStore((s) => s.setModelsHidden);
  const ids = models.map((m) => m.id);
  return (
    <div className="table-toolbar">
      <button type="button" className="btn" onClick={() => setModelsHidden(ids, false)}>Show all</button>
      <button type="button" className="btn" onClick={() => setModelsHidden(ids, true)}>Hide all</button>
      <span className="toolbar-hint">Untick a row to take that model out of every chart, frontier and metric.</span>
    </div>
  );
}

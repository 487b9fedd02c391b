// The selected model, named in a bar fixed at the foot of the screen, with the two things to do about it: see its row
// (focus moves to it) or clear the selection. Selecting alone keeps the page still, and so does this bar.
import { useAllModels } from '../../store/derived';
import { selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store';

export function SelectionBar() {
  const selectedId = useAppStore(selectSelectedId);
  const select = useAppStore((s) => s.select);
  const showInTable = useAppStore((s) => s.showInTable);
  const models = useAllModels();
  const model = selectedId === null ? undefined : models.find((m) => m.id === selectedId);
  if (!model) return null;
  return (
    <div className="selection-bar">
      <span>Selected: <strong>{model.name}</strong></span>
      <button type="button" className="btn-link" onClick={() => showInTable(model.id)}>Show in table</button>
      <button type="button" className="btn-link" onClick={() => select(null)}>Clear selection</button>
    </div>
  );
}

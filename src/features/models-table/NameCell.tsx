// The model's name (always rendered as text, whatever it contains) with its notes and sources on hover or focus.
import type { ModelRecord } from '../../domain/model';
import { CellTip } from './CellTip';

export function NameCell({ model }: { model: ModelRecord }) {
  const sources = model.sources.map((s) => s.title).join('; ') || 'none given';
  return (
    <CellTip
      focusable={model.notes.length > 0}
      className="name-cell"
      pairs={[...model.notes.map((n) => ['Note', n] as const), ['Sources', sources]]}
    >
      <span className="model-name">{model.name}</span>
      {model.notes.length > 0 && <span className="note-mark" aria-hidden="true">*</span>}
      {model.importedFrom && <span className="badge badge-imported">imported</span>}
    </CellTip>
  );
}

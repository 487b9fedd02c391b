// The model's name (always rendered as text, whatever it contains) with its notes and sources on hover or focus.
import { useId } from 'react';
import type { ModelRecord } from '../../domain/model';

export function NameCell({ model }: { model: ModelRecord }) {
  const tipId = useId();
  const Trigger = model.notes.length ? 'button' : 'span';
  return (
    <Trigger {...(model.notes.length ? { type: 'button' as const } : {})} className="has-tip tip-trigger name-cell" aria-describedby={tipId}>
      <span className="model-name">{model.name}</span>
      {model.notes.length > 0 && <span className="note-mark" aria-hidden="true">*</span>}
      {model.importedFrom && <span className="badge badge-imported">imported</span>}
      <span role="tooltip" id={tipId} className="tip">
        {model.notes.map((n) => <span key={n} className="tip-row"><b>Note:</b> {n}</span>)}
        <span className="tip-row"><b>Sources:</b> {model.sources.map((s) => s.title).join('; ') || 'none given'}</span>
      </span>
    </Trigger>
  );
}

// A row's one keyboard stop for its notes: the model's name as a button that opens every value's published text,
// status, note and source, and the model's own notes and sources, in one dialog (no Tab stop per value).
import { useState } from 'react';
import { InfoDialog } from '../../components/ui/InfoDialog';
import { describeLines } from '../../components/ui/ValueTip';
import { explainValue } from '../../domain/explain-value';
import { displayValue, FIELDS, FIELD_KEYS } from '../../domain/fields';
import type { ModelRecord } from '../../domain/model';

/** Whether the row holds anything beyond its values: a note on the model or on any value. */
export function rowHasNotes(model: ModelRecord): boolean {
  return model.notes.length > 0 || FIELD_KEYS.some((k) => Boolean(FIELDS[k].get(model).note));
}

export function RowNotes({ model }: { model: ModelRecord }) {
  const [open, setOpen] = useState(false);
  const noted = rowHasNotes(model);
  return (
    <>
      <button
        type="button" className="row-notes" aria-haspopup="dialog" data-row-focus=""
        aria-label={`${model.name}: values, notes and sources`} onClick={() => setOpen(true)}
      >
        <span className="model-name">{model.name}</span>
        {noted && <span className="note-mark" aria-hidden="true">*</span>}
        {model.importedFrom && <span className="badge badge-imported">imported</span>}
      </button>
      {open && (
        <InfoDialog title={`${model.name} — values, notes and sources`} onClose={() => setOpen(false)}>
          {model.notes.length > 0 && <ul className="row-notes-list">{model.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>}
          <dl className="row-values">
            {FIELD_KEYS.map((k) => {
              const field = FIELDS[k];
              const m = field.get(model);
              return (
                <div key={k}>
                  <dt>{field.label}: {displayValue(field, m)}</dt>
                  <dd>{describeLines(explainValue(field, m, model))}</dd>
                </div>
              );
            })}
          </dl>
          <p className="row-sources">
            Sources: {model.sources.length === 0 ? 'none given' : model.sources.map((s, i) => (
              <span key={i}>{i > 0 && '; '}{s.url ? <a href={s.url} target="_blank" rel="noreferrer">{s.title}</a> : s.title}</span>
            ))}
          </p>
        </InfoDialog>
      )}
    </>
  );
}

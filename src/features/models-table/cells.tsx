// A table cell's content: each model's name with its notes and sources, a value as published with its "est."
// badge, note and source, training compute, the Pareto flag. Values explain themselves through the shared tip.
import { WithTip } from '../../components/ui/ValueTip';
import { explainModel, explainValue, hasExplanation } from '../../domain/explain-value';
import { displayValue, FIELDS, type FieldDef } from '../../domain/fields';
import type { Measured } from '../../domain/measured';
import type { ModelRecord } from '../../domain/model';

const NoteMark = () => <span className="note-mark" aria-hidden="true">*</span>;

export function NameCell({ model }: { model: ModelRecord }) {
  const hasNotes = model.notes.length > 0;
  return (
    <WithTip focusable={hasNotes} className="name-cell" lines={explainModel(model)}>
      <span className="model-name">{model.name}</span>
      {hasNotes && <NoteMark />}
      {model.importedFrom && <span className="badge badge-imported">imported</span>}
    </WithTip>
  );
}

/** A value as published; a tab stop when it has something keyboard users should reach (a note, an estimate). */
export function ValueCell({ field, m }: { field: FieldDef; m: Measured }) {
  const shown = displayValue(field, m);
  const estimated = m.status === 'estimated';
  const content = (
    <>
      {m.value === null ? <span className="value-none">{shown}</span> : shown}
      {estimated && <span className="badge badge-est" aria-label="estimated">est.</span>}
      {m.note && <NoteMark />}
    </>
  );
  if (!hasExplanation(m)) return content;
  return <WithTip focusable={Boolean(m.note || estimated)} lines={explainValue(field, m)}>{content}</WithTip>;
}

/** Training compute as the source described it, with the numeric FLOP estimate beside it. */
export function ComputeCell({ model }: { model: ModelRecord }) {
  const { text, flop } = model.trainingCompute;
  return (
    <span className="compute-cell">
      {text && <span className="compute-text">{text}</span>}
      {flop.value !== null && <span className="compute-flop"><ValueCell field={FIELDS.trainingCompute} m={flop} /> FLOP</span>}
      {flop.value === null && !text && <span className="value-none">—</span>}
    </span>
  );
}

export function ParetoCell({ pareto }: { pareto: boolean | undefined }) {
  if (pareto === undefined) return <span className="value-none">—</span>;
  return pareto ? <span className="pareto-yes">Yes</span> : <>No</>;
}

// A table cell's content: a value as published with its "est." badge, note and source, training compute, the
// Pareto flag. Values explain themselves through the shared tip; the name cell is RowNotes.
import { WithTip } from '../../components/ui/ValueTip';
import { explainValue, hasExplanation } from '../../domain/explain-value';
import { displayValue, FIELDS, type FieldDef } from '../../domain/fields';
import type { Measured } from '../../domain/measured';
import type { ModelRecord } from '../../domain/model';

const NoteMark = () => <span className="note-mark" aria-hidden="true">*</span>;

/**
 * A value as published: its tip opens on hover and its explanation is its description; keyboard users reach the
 * row's notes through the row's one notes button (RowNotes), not a Tab stop per value.
 */
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
  return <WithTip lines={explainValue(field, m)}>{content}</WithTip>;
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

// A table cell's content: a value as published with its "est." badge, note and source, training compute, a
// dataset's descriptive text, the Pareto flag. Values explain themselves through the shared tip; the name cell is
// RowNotes.
import { WithTip } from '../../components/ui/ValueTip';
import { explainValue, hasExplanation, type Explanation } from '../../domain/explain-value';
import { displayValue, FIELDS, type FieldDef } from '../../domain/fields';
import type { Measured } from '../../domain/measured';
import type { ModelRecord } from '../../domain/model';

const NoteMark = () => <span className="note-mark" aria-hidden="true">*</span>;

const NOTHING_MORE: Explanation = [];

/**
 * A value as published: its tip opens on hover and its explanation is its description; keyboard users reach the
 * row's notes through the row's one notes button (RowNotes), not a Tab stop per value. `more` adds lines to the tip
 * (a cost tier's price).
 */
export function ValueCell({ field, m, more = NOTHING_MORE }: { field: FieldDef; m: Measured; more?: Explanation }) {
  const shown = displayValue(field, m);
  const estimated = m.status === 'estimated';
  const content = (
    <>
      {m.value === null ? <span className="value-none">{shown}</span> : shown}
      {estimated && <span className="badge badge-est" aria-label="estimated">est.</span>}
      {m.note && <NoteMark />}
    </>
  );
  if (!hasExplanation(m) && more.length === 0) return content;
  return <WithTip lines={[...explainValue(field, m), ...more]}>{content}</WithTip>;
}

/** Descriptive text exactly as the dataset gives it, on one line (a wrapped type or licence doubles every row), or "—". */
export function TextCell({ text }: { text: string | undefined }) {
  return text ? <span className="text-cell">{text}</span> : <span className="value-none">—</span>;
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

/** Yes, No, or "—" where it cannot be known: a value undisclosed or missing on the chart's axes, or switched off. */
export function ParetoCell({ pareto }: { pareto: boolean | undefined }) {
  if (pareto === undefined) return <span className="value-none" title="Cannot be known: not on this chart">—</span>;
  return pareto ? <span className="pareto-yes">Yes</span> : <>No</>;
}

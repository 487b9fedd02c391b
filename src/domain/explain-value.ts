// What a value's tooltip says, as label–value pairs: what was published, its status, note and source, or for a
// metric computed here, that it was computed, from what, and from which kind of inputs.
import { displayValue, type FieldDef, type FieldKey } from './fields';
import type { Measured } from './measured';
import type { ModelRecord } from './model';

/** Label–value pairs ("Published", "38.4B"); a pair without a value is left out when shown. */
export type Explanation = readonly (readonly [string, string | undefined])[];

/** The fields computed here from published values rather than published themselves. */
export const DERIVED_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>(['mmluPerB', 'gsm8kPerB', 'avgScore']);

/** Whether a value has more to say than its text: a note, a source, an estimate, or that it was withheld. */
export function hasExplanation(m: Measured): boolean {
  return Boolean(m.note || m.source || m.status === 'estimated' || m.status === 'undisclosed');
}

/** With the model, a field the source described in words (training compute) gives those words first. */
export function explainValue(field: FieldDef, m: Measured, model?: ModelRecord): Explanation {
  if (!DERIVED_FIELDS.has(field.key)) {
    const words = model && field.describedAs?.(model);
    const published: Explanation = words ? [['As published', words], ['Figure', m.raw || '(none)']] : [['Published', m.raw || '(empty)']];
    return [...published, ['Status', m.status], ['Note', m.note], ['Source', m.source]];
  }
  if (m.value === null) return [['Not computed', m.source], ['Note', m.note]];
  const inputs = m.status === 'estimated' ? 'one or more estimated' : 'reported';
  return [['Computed', displayValue(field, m)], ['Inputs', inputs], ['Note', m.note], ['How', m.source]];
}

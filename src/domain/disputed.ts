// Values a fact-check note disputes, for a chart's frontier note: a frontier point resting on a figure its primary
// source does not give (DeepSeek's 78.5% MMLU, which is DeepSeek-V2's) is named as such.
import type { FieldDef } from './fields';
import type { Measured } from './measured';
import type { ModelRecord } from './model';

/** A fact-check note disputes its value when it says so first: "Differs from the source: …", "Not found in …". */
const DISPUTES = /^(?:Differs\b|Not found\b)/;

/** The part of a value's note that disputes it (notes joined with " · " are read part by part), or null. */
export function disputeOf(m: Measured): string | null {
  if (m.value === null || !m.note) return null;
  return m.note.split(' · ').find((part) => DISPUTES.test(part.trim()))?.trim() ?? null;
}

export interface DisputedValue {
  model: ModelRecord;
  field: FieldDef;
  note: string;
}

/** Each value on the given axes of these models (a chart's frontier points) that a fact-check note disputes, in order. */
export function disputedValues(models: readonly ModelRecord[], fields: readonly FieldDef[]): DisputedValue[] {
  const out: DisputedValue[] = [];
  for (const model of models) {
    for (const field of fields) {
      const note = disputeOf(field.get(model));
      if (note) out.push({ model, field, note });
    }
  }
  return out;
}

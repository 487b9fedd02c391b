// The frontier note's warnings: each frontier point whose plotted value a fact-check note disputes, in one short line
// ("DeepSeek's MMLU (78.5%) is disputed: …"), so a reader never takes a disputed figure for a settled trade-off.
import { disputedValues, type DisputedValue } from '../disputed';
import { displayValue, type FieldDef } from '../fields';
import type { ModelRecord } from '../model';

/** Lines a frontier note gives disputes at most; the rest are counted. */
export const MAX_DISPUTE_LINES = 3;

/** "DeepSeek's MMLU (78.5%) is disputed: DeepSeek LLM 67B reports 71.3% …", the note's own words after its verdict. */
export function disputeLine({ model, field, note }: DisputedValue): string {
  const value = displayValue(field, field.get(model));
  const reason = note.replace(/^Differs from the source:\s*/, '');
  const verb = /s$/.test(field.name) ? 'are' : 'is';
  return `${model.name}'s ${field.name} (${value}) ${verb} disputed: ${reason}`;
}

/** The disputed values of a chart's frontier on its two axes, as lines, the last one counting any beyond the limit. */
export function frontierDisputeLines(frontier: readonly ModelRecord[], x: FieldDef, y: FieldDef, max = MAX_DISPUTE_LINES): string[] {
  const found = disputedValues(frontier, [x, y]);
  const lines = found.slice(0, max).map(disputeLine);
  const rest = found.length - lines.length;
  if (rest > 0) lines.push(`${rest.toLocaleString('en')} more disputed value${rest === 1 ? '' : 's'} on the frontier: see the table's notes.`);
  return lines;
}

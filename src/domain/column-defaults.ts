// Which table columns a dataset opens with: a column shows by default only when the dataset has at least one value
// for it (Epoch AI's language models have no MMLU; the leaderboard has no prices). Derived, never stored: the user's
// own choices in the Columns menu are kept apart and win.
import type { ModelRecord } from './model';

/** Whether a model has something to show in a column ("Undisclosed" counts: it says something). */
export type HasValue = (model: ModelRecord) => boolean;

/** Each column's default visibility for these models: shown if any model has a value in it. */
export function defaultColumnVisibility(models: readonly ModelRecord[], columns: Readonly<Record<string, HasValue>>): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [id, has] of Object.entries(columns)) out[id] = models.some(has);
  return out;
}

/**
 * The user's column choices after a change made over what was shown (`shown`, defaults with choices applied):
 * only the columns the change touched are recorded, so every other column keeps following its dataset's default.
 */
export function choicesAfter(
  choices: Readonly<Record<string, boolean>>, shown: Readonly<Record<string, boolean>>, next: Readonly<Record<string, boolean>>,
): Record<string, boolean> {
  const out = { ...choices };
  for (const [id, visible] of Object.entries(next)) if ((shown[id] ?? true) !== visible) out[id] = visible;
  return out;
}

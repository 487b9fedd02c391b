// The words an exported chart carries so it stands on its own: file name, subtitle, credits and "Not plotted".
import type { NotPlotted, Unplottable } from '../chart/points';
import { COST_TIERS } from '../cost-tier';
import type { FieldDef } from '../fields';
import { sizeNarrowed, type Filters } from '../filter';
import type { Source } from '../model';
import { describeSizeRange } from '../size-scale';

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** "great-gpu-race_mmlu-vs-parameters.png": the dataset, then the chart, y first as its title reads. */
export function exportFileName(datasetId: string, x: FieldDef, y: FieldDef, extension: string): string {
  return `${slug(datasetId) || 'data'}_${slug(y.name) || 'y'}-vs-${slug(x.name) || 'x'}.${extension}`;
}

/** The filters in force, as phrases ("parameters 7B – 100B", "cost: High, Medium"); none for an unfiltered view. */
export function describeFilters(f: Filters): string[] {
  const parts: string[] = [];
  if (sizeNarrowed(f)) {
    parts.push(`parameters ${describeSizeRange(f.paramMin, f.paramMax)}`);
    parts.push(f.includeUndisclosedSize ? 'undisclosed sizes included' : 'undisclosed sizes excluded');
  }
  if (f.tiers !== null) parts.push(`cost: ${[...f.tiers].sort((a, b) => b - a).map((t) => COST_TIERS[t]).join(', ') || 'none'}`);
  if (!f.includeNoTier) parts.push('models without a cost tier excluded');
  if (f.search.trim()) parts.push(`search "${f.search.trim()}"`);
  return parts;
}

export interface SubtitleInput {
  plotted: number;
  total: number;
  /** Models switched off by hand (they pass the filters but are not drawn). */
  switchedOff: number;
  filters: Filters;
  x: FieldDef;
  y: FieldDef;
  /** The day the export was made, YYYY-MM-DD. */
  date: string;
}

/** "5 of 6 models plotted, by MMLU and parameters · no filters · 2026-12-05". */
export function exportSubtitle({ plotted, total, switchedOff, filters, x, y, date }: SubtitleInput): string {
  const filterText = describeFilters(filters);
  return [
    `${plotted.toLocaleString('en')} of ${total.toLocaleString('en')} models plotted, by ${y.name} and ${x.name}`,
    filterText.length ? `filters: ${filterText.join(', ')}` : 'no filters',
    ...(switchedOff > 0 ? [`${switchedOff.toLocaleString('en')} switched off`] : []),
    date,
  ].join(' · ');
}

/** One source as a credit, from its fields: "Blaine Fisher, 'The Great GPU Race', 2025-03-23". */
export function creditFor(s: Source): string {
  const licence = s.licence ? ` (${s.licence})` : '';
  if (!s.author || !s.work) return `${s.title}${licence}`;
  return `${s.author}, '${s.work}'${s.date ? `, ${s.date}` : ''}${licence}`;
}

/**
 * "Source: Blaine Fisher, 'The Great GPU Race', 2025-03-23; Epoch AI, 'Data on Notable AI Models' (CC BY 4.0)". A
 * source that gives only some fields is credited when one of `plotted` is among them.
 */
export function sourceLine(sources: readonly Source[], plotted?: readonly string[]): string {
  const used = sources.filter((s) => !s.fields || !plotted || s.fields.some((f) => plotted.includes(f)));
  const credits = [...new Set(used.map(creditFor))];
  return `Source: ${credits.join('; ') || 'user data'}`;
}

const WHY: Record<Unplottable, (name: string) => string> = {
  undisclosed: (name) => `with ${name} undisclosed`,
  missing: (name) => `without ${name}`,
  nonpositive: (name) => `with ${name} ≤ 0 on a log scale`,
};

/**
 * "Not plotted: 3 models (2 with parameters undisclosed, 1 without GSM8K): Claude 3 Opus, GPT-3.5, Claude 3 Sonnet" — a count
 * by reason, then the first few names; null when every model is plotted.
 */
export function notPlottedSummary(items: readonly NotPlotted[], x: FieldDef, y: FieldDef, maxNames = 3): string | null {
  if (items.length === 0) return null;
  // Counted by axis and reason first: a string per model is most of the cost at 100,000 models.
  const byAxis = [new Map<Unplottable, number>(), new Map<Unplottable, number>()] as const;
  const seen: [0 | 1, Unplottable][] = [];
  const count = (axis: 0 | 1, why: Unplottable | null) => {
    if (!why) return;
    const n = byAxis[axis].get(why);
    if (n === undefined) seen.push([axis, why]);
    byAxis[axis].set(why, (n ?? 0) + 1);
  };
  for (const item of items) {
    count(0, item.x);
    count(1, item.y);
  }
  const counts = new Map<string, number>();
  for (const [axis, why] of seen) {
    const text = WHY[why]((axis === 0 ? x : y).name);
    counts.set(text, (counts.get(text) ?? 0) + byAxis[axis].get(why)!);
  }
  const reasons = [...counts].map(([why, n]) => `${n.toLocaleString('en')} ${why}`).join(', ');
  const names = listWithMore(items.slice(0, maxNames).map((n) => n.model.name), ', ', maxNames, items.length);
  return `Not plotted: ${items.length.toLocaleString('en')} model${items.length === 1 ? '' : 's'} (${reasons}): ${names}`;
}

/**
 * The first `max` items joined by `sep`, then "and N more" (of `total`, when only the first few are passed): a
 * chart's notes and its screen-reader description have room for a few names, and a large set's frontier can hold
 * hundreds.
 */
export function listWithMore(items: readonly string[], sep = ', ', max = 20, total = items.length): string {
  const rest = total - max;
  return `${items.slice(0, max).join(sep)}${rest > 0 ? `${sep}and ${rest.toLocaleString('en')} more` : ''}`;
}

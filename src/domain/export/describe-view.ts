// The words an exported chart carries so it stands on its own: file name, subtitle and source line.
import { COST_TIERS } from '../cost-tier';
import type { Filters } from '../filter';
import type { Source } from '../model';
import { describeSizeRange } from '../size-scale';

/** "MMLU vs parameters" → "mmlu-vs-parameters". */
export function fileNameFor(title: string, extension: string): string {
  const base = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'chart';
  return `${base}.${extension}`;
}

/** "4 of 6 models · parameters 7B – 100B · cost: High, Medium · search "qwen"". */
export function describeView(shown: number, total: number, f: Filters): string {
  const parts = [`${shown.toLocaleString('en')} of ${total.toLocaleString('en')} models`];
  if (f.paramMin !== null || f.paramMax !== null) parts.push(`parameters ${describeSizeRange(f.paramMin, f.paramMax)}`);
  if (!f.includeUndisclosedSize) parts.push('undisclosed sizes excluded');
  if (f.tiers !== null) parts.push(`cost: ${[...f.tiers].sort((a, b) => b - a).map((t) => COST_TIERS[t]).join(', ') || 'none'}`);
  if (f.search.trim()) parts.push(`search "${f.search.trim()}"`);
  return parts.join(' · ');
}

/** "Source: The Great GPU Race (2025-03-23); training compute: Epoch AI (CC BY 4.0)". */
export function sourceLine(sources: readonly Source[], usesCompute: boolean): string {
  const main = sources.filter((s) => s.title !== 'Epoch AI').map((s) => s.title);
  const epoch = sources.find((s) => s.title === 'Epoch AI');
  const parts = [`Source: ${main.join('; ') || 'user data'}`];
  if (usesCompute && epoch) parts.push(`training compute: Epoch AI (${epoch.licence ?? 'CC BY 4.0'})`);
  return parts.join('; ');
}

/**
 * The first `max` items joined by `sep`, then "and N more": a chart's notes and its screen-reader description
 * have room for a few names, and a large set's frontier can hold hundreds.
 */
export function listWithMore(items: readonly string[], sep = ', ', max = 20): string {
  const rest = items.length - max;
  return `${items.slice(0, max).join(sep)}${rest > 0 ? `${sep}and ${rest.toLocaleString('en')} more` : ''}`;
}

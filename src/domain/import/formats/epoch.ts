// Epoch AI's "Data on Notable AI Models" export: sizes as raw counts (small networks included), FLOP in scientific
// notation, and a Confidence column that says how far each estimate can be trusted.
import type { Measured, Remark } from '../../measured';
import type { ColumnChoice } from '../column-mapping';
import { hasHeaders, headerIndex, mappingOf, type MappedFormat } from './types';

const CONFIDENCE_HEADER = 'Confidence';

/**
 * Epoch's Confidence word as a status: "Confident" is taken as reported; "Likely", "Speculative" and "Unknown"
 * make the value an estimate, with the word kept in its note. An empty cell says nothing (null).
 * Pure, so a build script can apply the same mapping as the importer.
 */
export function epochConfidence(word: string): { status: 'reported' | 'estimated'; note?: string } | null {
  const w = word.trim();
  if (!w) return null;
  if (/^confident$/i.test(w)) return { status: 'reported' };
  return { status: 'estimated', note: `Epoch AI confidence: ${w}` };
}

/** A parsed value with Epoch's confidence applied; an estimate in the text itself ("~") stays an estimate. */
export function applyEpochConfidence(m: Measured, word: string): Measured {
  const c = epochConfidence(word);
  if (!c || m.value === null) return m;
  const out: Measured = { ...m, status: m.status === 'estimated' ? 'estimated' : c.status };
  if (c.note) out.note = m.note ? `${c.note} · ${m.note}` : c.note;
  return out;
}

export const EPOCH_FORMAT: MappedFormat = {
  id: 'epoch-notable-models',
  label: "Epoch AI's Data on Notable AI Models",
  summary: 'sizes are raw counts, row by row (small networks included); Confidence "Likely", "Speculative" or "Unknown" makes the size and compute estimates, with the word in their note.',
  matches: (headers) => hasHeaders(headers, ['Model', 'Parameters', 'Training compute (FLOP)', CONFIDENCE_HEADER]),
  mapping: (headers) => mappingOf(headers, [
    ['Model', 'name'], ['Organization', 'organization'], ['Parameters', 'parameters'],
    ['Training compute (FLOP)', 'trainingComputeFlop'], ['Link', 'source'],
  ]),
  fixed: (headers) => headers.map((h): ColumnChoice => (
    /^parameters$/i.test(h.trim()) ? { unit: 'count', decimal: '.' } : /^training compute \(flop\)$/i.test(h.trim()) ? { decimal: '.' } : {})),
  rules: (headers) => {
    const at = headerIndex(headers, CONFIDENCE_HEADER);
    return {
      smallCounts: true,
      adjust: (field, value, cells) => {
        if (field !== 'parameters' && field !== 'flop') return { value };
        const word = cells[at] ?? '';
        const adjusted = applyEpochConfidence(value, word);
        const remark: Remark | undefined = adjusted.status === 'estimated' && value.status === 'reported'
          ? { kind: 'confidence', message: `read as an estimate: Epoch AI's confidence is "${word.trim()}"` }
          : undefined;
        return remark ? { value: adjusted, remark } : { value: adjusted };
      },
    };
  },
};

// The shape of a built-in row before parsing: every value is text exactly as its source printed it.
import type { Source } from '../model';

export interface RawModelRow {
  name: string;
  organization: string;
  parameters: string;
  /** What a bare number in `parameters` means. */
  parameterUnit?: 'count' | 'billions';
  parametersNote?: string;
  trainingComputeText: string;
  /** `confidence` is Epoch AI's word for the figure, mapped to a status by the importer's own rule. */
  flop?: { raw: string; estimated?: boolean; confidence?: string; note?: string; source?: string; range?: [number, number] };
  mmlu: string;
  gsm8k: string;
  costTier: string;
  /** Per-cell fact-check notes: shown beside the value, never applied to it. */
  cellNotes?: Partial<Record<'parameters' | 'mmlu' | 'gsm8k' | 'costTier' | 'trainingCompute' | 'name', string>>;
  notes?: string[];
  sources: Source[];
  /** The source behind the row's numbers, cited on each cell. */
  valueSource: string;
  /** A release or publication date, only where a source states it, with that source. */
  released?: { raw: string; source: string; note?: string };
}

// The model record every part of the app shares, and the sources it cites.
import type { Measured } from './measured';
import type { TrainingCompute } from './parse-compute';

export interface Source {
  title: string;
  url?: string;
  citation?: string;
  licence?: string;
}

export interface ModelRecord {
  id: string;
  name: string;
  organization: string;
  parameters: Measured;
  trainingCompute: TrainingCompute;
  mmlu: Measured;
  gsm8k: Measured;
  costTier: Measured;
  notes: string[];
  sources: Source[];
  /** Set on rows that came from a user's file, with the file's name. */
  importedFrom?: string;
}

export interface Dataset {
  id: string;
  label: string;
  description: string;
  models: ModelRecord[];
  /** Sources cited for the dataset as a whole (shown in the footer and in exports). */
  sources: Source[];
}

/** A stable, URL-safe id from a model name ("Claude 3 Opus" → "claude-3-opus"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'model';
}

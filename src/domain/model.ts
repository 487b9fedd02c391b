// The model record every part of the app shares, and the sources it cites.
import type { Measured } from './measured';
import type { Attributes, ExtraValues } from './model-extra';
import type { TrainingCompute } from './parse-compute';

export interface Source {
  title: string;
  url?: string;
  citation?: string;
  licence?: string;
  /** For a credit line: who made it, the work's short title and its date ("Blaine Fisher", "The Great GPU Race"). */
  author?: string;
  work?: string;
  date?: string;
  /** The fields this source gives, when it gives only some (prices): an export credits it only where one is plotted. */
  fields?: readonly string[];
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
  /** Further values a dataset gives (dates, prices, more benchmarks); absent ones are missing. */
  extra?: ExtraValues;
  /** Descriptive text a dataset gives, as published (the leaderboard's type, precision, licence). */
  attributes?: Attributes;
  /** The name of a group drawn emphasised among the rest (the article's six among the leaderboard's models). */
  highlight?: string;
}

export interface Dataset {
  id: string;
  label: string;
  description: string;
  models: ModelRecord[];
  /** Sources cited for the dataset as a whole (shown in the footer and in exports). */
  sources: Source[];
  /** What a reader should know about the dataset as a whole: how rows were folded, what a 0 meant. */
  notes?: string[];
}

/** FNV-1a: a short stable tag for names with no letters or digits to slug ("🔥🔥" → "model-1x2k9f"). */
function hashName(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * A stable id from a model name ("Claude 3 Opus" → "claude-3-opus", "Modèle" → "modele"). Letters and digits of
 * every script are kept ("模型 一" → "模型-一"), so names with no Latin letters do not all become one id.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    // Accents come off Latin letters only: in other scripts the combining marks are part of the letter.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || `model-${hashName(name)}`;
}

/**
 * Hands out unique ids: the base when free, else "base-2", "base-3", … A counter per base remembers where the
 * last search stopped, so 20,000 names with one slug cost 20,000 steps, not 200 million.
 */
export function idAllocator(taken: Iterable<string> = []): (base: string) => string {
  const used = new Set(taken);
  const next = new Map<string, number>();
  return (base) => {
    let id = base;
    if (used.has(id)) {
      let n = next.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(id);
    return id;
  };
}

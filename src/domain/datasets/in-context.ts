// The article's six models among the leaderboard's thousands: the article's rows, values as published, added to the
// leaderboard and marked as a highlighted group, so "The Great GPU Race" can be read against the field.
import { idAllocator, type Dataset } from '../model';
import type { DatasetLoad } from './index';

export const ARTICLE_HIGHLIGHT = 'The Great GPU Race (2025)';

export function withArticleHighlighted(leaderboard: Dataset, article: Dataset, meta: Omit<Dataset, 'models' | 'notes'>): DatasetLoad {
  const allocate = idAllocator(leaderboard.models.map((m) => m.id));
  const six = article.models.map((m) => ({ ...m, id: allocate(m.id), highlight: ARTICLE_HIGHLIGHT }));
  return {
    ok: true,
    dataset: {
      ...meta,
      models: [...six, ...leaderboard.models],
      notes: [
        `The article's ${six.length} models are added and highlighted, with the article's values exactly as published (fact-check notes on the cells). The leaderboard's own entries for the open ones (google/gemma-7b, mistralai/Mistral-7B-v0.1, Qwen/Qwen-72B, deepseek-ai/deepseek-llm-67b-base) stay separate points, so the article's figures can be read against the leaderboard's.`,
        ...(leaderboard.notes ?? []),
      ],
    },
  };
}

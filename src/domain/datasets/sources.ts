// Citations shared by the built-in datasets.
import type { Source } from '../model';

export const ARTICLE: Source = {
  title: 'The Great GPU Race (2025-03-23)',
  citation: 'Blaine Fisher, "The Great GPU Race: How AI Companies Are Competing for Efficiency", 2025-03-23',
  author: 'Blaine Fisher', work: 'The Great GPU Race', date: '2025-03-23',
};

export const EPOCH: Source = {
  title: 'Epoch AI',
  citation: 'Epoch AI, "Data on Notable AI Models" (December 2024 export)',
  url: 'https://epoch.ai/data/notable-ai-models',
  licence: 'CC BY 4.0',
  author: 'Epoch AI', work: 'Data on Notable AI Models',
};

export const EPOCH_CREDIT = 'Epoch AI, Data on Notable AI Models, CC BY 4.0';

/** A release date taken from Epoch AI's row for the model: its publication date, cited. */
export const EPOCH_DATE = (epochModel: string) => ({
  source: EPOCH_CREDIT,
  note: `publication date of "${epochModel}" in Epoch AI's Data on Notable AI Models`,
});

/** The credit the Epoch AI dataset carries: its title is the credit Epoch's licence asks for, so exports show it. */
export const EPOCH_DATASET: Source = {
  ...EPOCH,
  title: 'Epoch AI, "Data on Notable AI Models" (CC BY 4.0)',
  citation: 'Epoch AI, "Data on Notable AI Models" (December 2024 export), CC BY 4.0',
};

export const LEADERBOARD: Source = {
  title: 'Hugging Face Open LLM Leaderboard v1 (archived 2024)',
  citation: 'Hugging Face Open LLM Leaderboard v1 (archived 2024), via github.com/fboulnois/llm-leaderboard-csv (csv/huggingface_v1.csv, tag v1.3.0, MPL-2.0)',
  url: 'https://github.com/fboulnois/llm-leaderboard-csv',
  licence: 'MPL-2.0 (repository); no separate data licence stated',
  author: 'Hugging Face', work: 'Open LLM Leaderboard v1', date: 'archived 2024',
};

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

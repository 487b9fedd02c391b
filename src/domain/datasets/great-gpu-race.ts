// The article's six-model table exactly as published, with training-compute estimates (Epoch AI's where Epoch has
// the model, else computed as 6 × parameters × training tokens from the developer's report), sourced release dates
// and fact-check notes. A note that disputes the published value starts with "Differs" or "Not found" (see disputed.ts).
import type { RawModelRow } from './raw-row';
import { ARTICLE, EPOCH, EPOCH_CREDIT, EPOCH_DATE } from './sources';

const ARTICLE_CELL = ARTICLE.title;
const SIX_N_D = 'computed: 6 × parameters × training tokens';

export const GREAT_GPU_RACE_ROWS: RawModelRow[] = [
  {
    name: 'GPT-4', organization: 'OpenAI',
    parameters: '~1.7T (est.)', trainingComputeText: 'Enormous (undisclosed)',
    flop: { raw: '2.1e+25', estimated: true, note: 'Speculative; 90% CI 8.2e24–4.4e25', source: EPOCH_CREDIT, range: [8.2e24, 4.4e25] },
    mmlu: '86.4%', gsm8k: '92.0%', costTier: 'High',
    released: { raw: '2023-03-15', ...EPOCH_DATE('GPT-4') },
    cellNotes: {
      parameters: 'Not disclosed by OpenAI (GPT-4 Technical Report, arXiv 2303.08774); a widely reported outside estimate',
      mmlu: 'Matches the GPT-4 Technical Report (5-shot)',
      gsm8k: 'Matches the GPT-4 Technical Report (5-shot CoT)',
      costTier: 'LiteLLM prices: $30 / $60 per million tokens in / out',
    },
    sources: [ARTICLE, EPOCH, { title: 'GPT-4 Technical Report', url: 'https://arxiv.org/abs/2303.08774' }],
    valueSource: ARTICLE_CELL,
  },
  {
    name: 'Claude 3 Opus', organization: 'Anthropic',
    parameters: 'Undisclosed', trainingComputeText: 'Very Large',
    flop: { raw: '1.64e+25', estimated: true, note: 'Speculative; estimated from benchmark scores', source: EPOCH_CREDIT },
    mmlu: '86.8%', gsm8k: '94.2%', costTier: 'High',
    released: { raw: '2024-03-04', ...EPOCH_DATE('Claude 3 Opus') },
    cellNotes: {
      mmlu: 'Matches Anthropic, "Introducing the next generation of Claude" (2024-03-04), 5-shot',
      gsm8k: 'Differs from the source: Anthropic reports 95.0% (0-shot CoT) in "Introducing the next generation of Claude" (2024-03-04)',
      costTier: 'LiteLLM prices: $15 / $75 per million tokens in / out',
    },
    sources: [ARTICLE, EPOCH, { title: 'Introducing the next generation of Claude', url: 'https://www.anthropic.com/news/claude-3-family' }],
    valueSource: ARTICLE_CELL,
  },
  {
    name: 'DeepSeek', organization: 'DeepSeek',
    parameters: '67B', trainingComputeText: '~40% less than comparable models',
    flop: {
      raw: '8.04e+23', estimated: true, source: SIX_N_D,
      note: 'Computed estimate (6 × parameters × training tokens): 6 × 67B × 2T tokens (DeepSeek LLM, arXiv 2401.02954); not in Epoch AI\'s December 2024 export',
    },
    mmlu: '78.5%', gsm8k: '84.8%', costTier: 'Medium',
    cellNotes: {
      name: 'The article\'s row is DeepSeek LLM 67B',
      parameters: 'Matches DeepSeek LLM (github.com/deepseek-ai/DeepSeek-LLM)',
      mmlu: 'Differs from the source: DeepSeek LLM 67B reports 71.3% (Base, 5-shot) and 71.1% (Chat); 78.5% is DeepSeek-V2 Base (236B MoE)',
      gsm8k: 'Not found in DeepSeek\'s reports; nearest is 84.1% (67B Chat, 0-shot); 63.4% for 67B Base (8-shot)',
    },
    sources: [ARTICLE, { title: 'DeepSeek LLM', url: 'https://github.com/deepseek-ai/DeepSeek-LLM' }, { title: 'DeepSeek LLM: Scaling Open-Source Language Models with Longtermism', url: 'https://arxiv.org/abs/2401.02954' }],
    valueSource: ARTICLE_CELL,
  },
  {
    name: 'Qwen', organization: 'Alibaba (Qwen)',
    parameters: '72B', trainingComputeText: '~50% less than earlier gen models',
    flop: { raw: '1.3e+24', estimated: true, note: 'Qwen-72B', source: EPOCH_CREDIT },
    mmlu: '77.3%', gsm8k: '83.2%', costTier: 'Medium- Low',
    released: { raw: '2023-11-30', ...EPOCH_DATE('Qwen-72B') },
    cellNotes: {
      name: 'The article\'s row is Qwen-72B',
      mmlu: 'Near match: Qwen reports 77.4% for Qwen-72B (5-shot; github.com/QwenLM/Qwen)',
      gsm8k: 'Differs from the source: Qwen reports 78.9% (Qwen-72B base, 8-shot) and 76.4% (Qwen-72B-Chat)',
    },
    sources: [ARTICLE, EPOCH, { title: 'Qwen', url: 'https://github.com/QwenLM/Qwen' }],
    valueSource: ARTICLE_CELL,
  },
  {
    name: 'Gemma', organization: 'Google',
    parameters: '7B', trainingComputeText: '~60% less than comparable models',
    flop: {
      raw: '3.07e+23', estimated: true, source: SIX_N_D,
      note: 'Computed estimate (6 × parameters × training tokens): 6 × 8.54B × 6T tokens (Gemma report, arXiv 2403.08295); not in Epoch AI\'s December 2024 export',
    },
    mmlu: '64.3%', gsm8k: '52.8%', costTier: 'Very Low',
    cellNotes: {
      name: 'The article\'s row is Gemma 7B',
      parameters: 'Marketed as 7B; 8.54B including embeddings (Gemma report, arXiv 2403.08295)',
      mmlu: 'Matches the Gemma report, Table 6 (5-shot)',
      gsm8k: 'Differs from the source: the Gemma report gives 46.4% (maj@1); 52.77% is the HF Open LLM Leaderboard v1 (fp16) value',
    },
    sources: [ARTICLE, { title: 'Gemma: Open Models Based on Gemini Research and Technology', url: 'https://arxiv.org/abs/2403.08295' }],
    valueSource: ARTICLE_CELL,
  },
  {
    name: 'Mistral Small', organization: 'Mistral AI',
    parameters: '7B', trainingComputeText: 'Industry-leading efficiency',
    mmlu: '62.5%', gsm8k: '52.2%', costTier: 'Lowest',
    cellNotes: {
      name: 'The 7B model is Mistral 7B (7.3B; arXiv 2310.06825); "Mistral Small" is a later, larger model',
      parameters: 'Mistral 7B has 7.3B parameters (arXiv 2310.06825)',
      mmlu: 'Mistral\'s paper gives 60.1% (5-shot); 62.5% is from third-party re-runs (Mixtral and Gemma reports)',
      gsm8k: 'Matches Mistral\'s paper (maj@8), a different protocol from the MMLU cell',
      trainingCompute: 'Epoch AI gives no training-compute estimate for Mistral 7B',
    },
    sources: [ARTICLE, { title: 'Mistral 7B', url: 'https://arxiv.org/abs/2310.06825' }],
    valueSource: ARTICLE_CELL,
  },
];

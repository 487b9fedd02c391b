// The 21 rows of extended_models.csv (compiled from the cited model cards and reports; every value cited,
// empty where no source gave one). Values kept as text exactly as in that file; params_b is in billions.
// Where Epoch AI's December 2024 export has the model, its training compute (status by Epoch's Confidence) and
// publication date are added, cited to Epoch and copied from epoch_notable_ai_models_2024-12.csv.
import type { RawModelRow } from './raw-row';
import { EPOCH, EPOCH_CREDIT, EPOCH_DATE } from './sources';

type Also = Pick<RawModelRow, 'flop' | 'released'>;

const row = (name: string, organization: string, params: string, parametersNote: string, mmlu: string, gsm8k: string, costTier: string, urls: string, also: Also = {}): RawModelRow => ({
  name, organization, parameters: params, parameterUnit: "billions", parametersNote, trainingComputeText: "", mmlu, gsm8k, costTier,
  sources: [
    ...urls.split(" ; ").map((url) => ({ title: url.replace(/^https?:\/\//, "").split("/").slice(0, 3).join("/"), url })),
    ...(also.flop || also.released ? [EPOCH] : []),
  ],
  valueSource: urls.split(" ; ")[0] ?? "",
  ...also,
});

/** Epoch AI's row for the model: its training compute with its Confidence word, and its publication date (either may be absent). */
const epoch = (model: string, flop: string, confidence: string, published?: string, why = ''): Also => ({
  ...(flop ? { flop: { raw: flop, confidence, note: `Epoch AI's figure for "${model}"${why}`, source: EPOCH_CREDIT } } : {}),
  ...(published ? { released: { raw: published, ...EPOCH_DATE(model) } } : {}),
});

export const EXTENDED_ROWS: RawModelRow[] = [
  row("Llama 2 70B", "Meta", "70", "70B (Llama 2 model card)", "68.9", "56.8", "", "https://github.com/meta-llama/llama/blob/689c7f261b9c5514636ecc3c5fefefcbb3e6eed7/MODEL_CARD.md ; https://arxiv.org/abs/2307.09288", epoch("Llama 2-70B", "8.1e+23", "Confident", "2023-07-18")),
  row("Llama 3 8B Instruct", "Meta", "8", "8B", "68.4", "79.6", "", "https://github.com/meta-llama/llama3/blob/a0940f9cf7065d45bb6675660f80d305c041a754/MODEL_CARD.md"),
  row("Llama 3 70B Instruct", "Meta", "70", "70B", "82.0", "93.0", "", "https://github.com/meta-llama/llama3/blob/a0940f9cf7065d45bb6675660f80d305c041a754/MODEL_CARD.md", epoch("Llama 3-70B", "7.861e+24", "Confident", "2024-04-18", " (pretraining of the base model)")),
  row("Llama 3.1 8B Instruct", "Meta", "8", "8B", "69.4", "84.5", "", "https://github.com/meta-llama/llama-models/blob/a9c89c471f793423afd4cc3ca8671d6e56fe64cb/models/llama3_1/MODEL_CARD.md"),
  row("Llama 3.1 70B Instruct", "Meta", "70", "70B", "83.6", "95.1", "", "https://github.com/meta-llama/llama-models/blob/a9c89c471f793423afd4cc3ca8671d6e56fe64cb/models/llama3_1/MODEL_CARD.md"),
  row("Llama 3.1 405B Instruct", "Meta", "405", "405B dense", "87.3", "96.8", "", "https://github.com/meta-llama/llama-models/blob/a9c89c471f793423afd4cc3ca8671d6e56fe64cb/models/llama3_1/MODEL_CARD.md", epoch("Llama 3.1-405B", "3.8e+25", "Confident", "2024-07-23", " (pretraining of the base model)")),
  row("Mixtral 8x7B", "Mistral AI", "46.7", "46.7B total, 12.9B active per token (sparse MoE)", "70.6", "74.4", "", "https://arxiv.org/abs/2401.04088 ; https://mistral.ai/news/mixtral-of-experts/", epoch("Mixtral 8x7B", "", "Confident", "2023-12-11")),
  row("Qwen2.5 72B", "Alibaba (Qwen)", "72.7", "72.7B per llm-stats param_count (Qwen markets it as 72B)", "86.1", "91.5", "", "https://arxiv.org/abs/2412.15115", epoch("Qwen2.5-72B", "7.8e+24", "Confident", "2024-09-19")),
  row("DeepSeek-V2", "DeepSeek", "236", "236B total, 21B activated (MoE)", "78.5", "79.2", "", "https://github.com/deepseek-ai/DeepSeek-V2/blob/ec98ee3cbffc32104cd55dba8af884b3d772602a/README.md"),
  row("DeepSeek-V3", "DeepSeek", "671", "671B total, 37B activated (MoE); HF upload 685B incl. 14B MTP module", "87.1", "89.3", "", "https://github.com/deepseek-ai/DeepSeek-V3/blob/9b4e9788e4a3a731f7567338ed15d3ec549ce03b/README.md"),
  row("Gemma 2 9B", "Google", "9", "marketed 9B (llm-stats lists 9.24B)", "71.3", "68.6", "", "https://huggingface.co/google/gemma-2-9b"),
  row("Gemma 2 27B", "Google", "27", "marketed 27B (llm-stats lists 27.2B)", "75.2", "74.0", "", "https://huggingface.co/google/gemma-2-27b"),
  row("Phi-3 mini 4K Instruct", "Microsoft", "3.8", "3.8B", "70.9", "85.7", "", "https://github.com/Azure/azureml-assets/blob/5330f4e898179fb60c9ee72433de9cf35cc55163/assets/models/system/phi-3-mini-4k-instruct/evaluation.md"),
  row("GPT-3.5", "OpenAI", "", "undisclosed", "70.0", "57.1", "", "https://arxiv.org/abs/2303.08774"),
  row("Claude 3 Sonnet", "Anthropic", "", "undisclosed", "79.0", "92.3", "", "https://www.anthropic.com/news/claude-3-family", epoch("Claude 3 Sonnet", "", "Unknown", "2024-03-04")),
  row("Claude 3 Haiku", "Anthropic", "", "undisclosed", "75.2", "88.9", "", "https://www.anthropic.com/news/claude-3-family"),
  row("Gemini 1.5 Pro (May 2024)", "Google DeepMind", "", "undisclosed (MoE)", "85.9", "90.8", "", "https://arxiv.org/abs/2403.05530", epoch("Gemini 1.5 Pro", "1.580001e+25", "Speculative", undefined, " (the February 2024 model; Epoch has no separate figure for the May update)")),
  row("GPT-4o (2024-05-13)", "OpenAI", "", "undisclosed", "88.7", "", "", "https://github.com/openai/simple-evals/blob/d2537227d77228d5518bdbdd2b804cf31bc31d0f/README.md", epoch("GPT-4o", "3.810001e+25", "Speculative", "2024-05-13")),
  row("GPT-4 Turbo (2024-04-09)", "OpenAI", "", "undisclosed", "86.5", "", "", "https://github.com/openai/simple-evals/blob/d2537227d77228d5518bdbdd2b804cf31bc31d0f/README.md"),
  row("Falcon 180B", "Technology Innovation Institute", "180", "180B", "70.6", "", "", "https://arxiv.org/abs/2311.16867", epoch("Falcon-180B", "3.76e+24", "Confident", "2023-09-06")),
  row("Gemini 1.0 Ultra", "Google DeepMind", "", "undisclosed", "83.7", "94.4", "", "https://www.anthropic.com/news/claude-3-family ; https://arxiv.org/abs/2312.11805", epoch("Gemini 1.0 Ultra", "5.0000000001e+25", "Speculative", "2023-12-06")),
];

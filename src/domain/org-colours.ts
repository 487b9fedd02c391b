// One colour per organisation everywhere (every dataset, import, export and theme): a fixed colour for known labs,
// and for any other name a slot picked by a hash of the name, so a colour never depends on who else is listed. A
// model credited to several organisations ("Google DeepMind,Google") takes the colour of the first one listed.

/** The chart backgrounds of the two themes (the CSS `--surface`, and an export's background). */
export const CHART_BACKGROUNDS = { light: '#ffffff', dark: '#1a2029' } as const;

/** Known labs by key; every colour reads at 3:1 or more on both backgrounds (WCAG 1.4.11, checked in a test). */
export const LAB_COLOURS = {
  openai: '#06976d',
  anthropic: '#cf5604',
  google: '#127eee',
  meta: '#935edf',
  mistral: '#d93f5a',
  deepseek: '#9c7c0b',
  alibaba: '#bb4cb5',
  microsoft: '#768b09',
  tii: '#8c6e5a',
  xai: '#6b7280',
  nvidia: '#4d9501',
  cohere: '#5673f0',
} as const;

type Lab = keyof typeof LAB_COLOURS;

/** Slots for every other organisation, chosen by name: sixteen, in two lightnesses, so that few names share one. */
export const OTHER_COLOURS = [
  '#138db1', '#bb6802', '#ca449a', '#0f9293', '#5b7f9e', '#a0527a', '#7968eb', '#da4433',
  '#c63170', '#55a307', '#08a28f', '#6e5bdd', '#999004', '#b661da', '#8e710f', '#0a72da',
] as const;

/** A model without an organisation. */
export const NO_ORGANIZATION_COLOUR = '#767f8c';

/** Spellings seen in the built-in data, Epoch AI's export and Hugging Face repo owners, by their key. */
const ALIASES: Record<string, Lab> = {
  openai: 'openai',
  anthropic: 'anthropic',
  google: 'google', googledeepmind: 'google', deepmind: 'google', googleresearch: 'google', googlebrain: 'google',
  meta: 'meta', metaai: 'meta', metallama: 'meta', facebook: 'meta', facebookai: 'meta', facebookairesearch: 'meta',
  mistral: 'mistral', mistralai: 'mistral',
  deepseek: 'deepseek', deepseekai: 'deepseek',
  alibaba: 'alibaba', alibabaqwen: 'alibaba', qwen: 'alibaba', alibabacloud: 'alibaba', alibabagroup: 'alibaba',
  microsoft: 'microsoft', microsoftresearch: 'microsoft',
  tii: 'tii', tiiuae: 'tii', technologyinnovationinstitute: 'tii',
  xai: 'xai',
  nvidia: 'nvidia',
  cohere: 'cohere', cohereforai: 'cohere', coherelabs: 'cohere',
};

/** "Google DeepMind" → "googledeepmind", "Modèle AI" → "modeleai". */
export function organizationKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The organisation a model is coloured and listed by in a legend: the first of several, as Epoch AI joins them
 * ("Google DeepMind,Google" → "Google DeepMind"); a single name as it is.
 */
export function leadOrganization(name: string): string {
  const comma = name.indexOf(',');
  return comma < 0 ? name : name.slice(0, comma).trim();
}

/** The known lab a name means, if any; of several organisations, what the first one listed means. */
export function knownLab(name: string): Lab | undefined {
  return ALIASES[organizationKey(leadOrganization(name))];
}

/** FNV-1a over the name's key: the same name gets the same slot in every list. */
function slotOf(key: string, slots: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % slots;
}

/** The colour of a model's organisation: of several, the first listed's ("Stanford University,Google" is Stanford's). */
export function organizationColour(name: string): string {
  const key = organizationKey(leadOrganization(name));
  if (!key) return NO_ORGANIZATION_COLOUR;
  const lab = ALIASES[key];
  return lab ? LAB_COLOURS[lab] : OTHER_COLOURS[slotOf(key, OTHER_COLOURS.length)]!;
}

/** Every colour a mark can take, for the contrast check. */
export const ALL_MARK_COLOURS: readonly string[] = [...Object.values(LAB_COLOURS), ...OTHER_COLOURS, NO_ORGANIZATION_COLOUR];

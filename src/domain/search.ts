// Forgiving model search with uFuzzy: "gpt4", "gpt 4" and "llama3 70" find what a person means, and one pass over
// 100,000 names stays a few milliseconds (the filter derivation runs it on every keystroke).
import uFuzzy from '@leeoniya/ufuzzy';

/** Letters meet digits as word boundaries: "gpt4" is searched as "gpt" then "4", "llama3" as "llama" then "3". */
const matcher = new uFuzzy({ intraSplit: '[a-z][A-Z]|[A-Za-z]\\d|\\d[A-Za-z]', interLft: 1 });

/** The text each model is searched by: name, then organisation, lower case, Latin accents removed. */
export function searchHaystack(models: readonly { name: string; organization: string }[]): string[] {
  return uFuzzy.latinize(models.map((m) => `${m.name} ${m.organization}`.toLowerCase()));
}

export function normaliseSearch(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Which of the haystack's entries match the needle, as a flag per entry; null when the needle is empty. Needles in
 * other scripts than Latin (which uFuzzy's fast mode does not read) match as plain substrings.
 */
export function searchMatches(haystack: readonly string[], needle: string): Uint8Array | null {
  const text = normaliseSearch(needle);
  if (!text) return null;
  const hits = new Uint8Array(haystack.length);
  const latin = uFuzzy.latinize(text);
  if (/[^ -~]/.test(latin) || matcher.split(latin).length === 0) {
    haystack.forEach((h, i) => { hits[i] = h.normalize('NFKD').includes(text) ? 1 : 0; });
    return hits;
  }
  for (const i of matcher.filter(haystack as string[], latin) ?? []) hits[i] = 1;
  return hits;
}

// The source files the built-in values are checked against, read from tests/fixtures without the app's own parsers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export const fixturePath = (name: string) => join(__dirname, '../../fixtures', name);
const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');

/** The first Markdown table in a text, as rows keyed by its header cells. */
export function markdownTable(text: string): Record<string, string>[] {
  const lines = text.split('\n').filter((l) => l.startsWith('|'));
  const cells = (line: string) => line.slice(1, line.lastIndexOf('|')).split('|').map((c) => c.trim());
  const [header, rule, ...body] = lines;
  if (!header || !rule || !/^\|[-|\s]+\|$/.test(rule)) throw new Error('no Markdown table');
  const names = cells(header);
  return body.map((line) => Object.fromEntries(cells(line).map((c, i) => [names[i]!, c])));
}

export function csvRows(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; '));
  return parsed.data;
}

/** tests/fixtures/great-gpu-race-table.md: the article's table as published. */
export const articleTable = () => markdownTable(fixture('great-gpu-race-table.md'));
/** tests/fixtures/extended_models.csv: a byte copy of the compiled, cited source. */
export const extendedCsv = () => csvRows(fixture('extended_models.csv'));
/** tests/fixtures/epoch-built-in-models.csv: Epoch AI's rows for the built-in models it has. */
export const epochRows = () => csvRows(fixture('epoch-built-in-models.csv'));
/** tests/fixtures/fact-check.md: the fact check of the article's table, and its compute and price paragraphs. */
export const factCheckText = () => fixture('fact-check.md');

/** The decimal numbers a text gives ("77.4%", "arXiv 2310.06825", "8.54B"), as written. */
export const decimalsIn = (text: string): string[] => text.match(/\d+\.\d+/g) ?? [];

/** Significant digits of a number as written: "1.64e+25" → 3, "2.1e+25" → 2. */
export function significantDigits(text: string): number {
  const mantissa = text.trim().toLowerCase().split('e')[0]!.replace(/^[-+]?0*\.?0*/, '').replace('.', '');
  return mantissa.length;
}

// Where everything goes on an exported chart of a fixed size: title and subtitle on top, source line at the foot,
// the legend in a column on the right (landscape) or in rows under the plot (square, portrait), the plot in the
// rest; a legend too long for its room names fewer organisations and counts the rest. Pure arithmetic on estimated
// text widths, so it is tested without a browser.
import { textWidth } from '../domain/chart/text-width';
import { EXPORT_PRESETS, type ExportPreset } from './export-presets';
import type { SymbolKind } from './symbols';


/** One line of an exported legend: a heading, a count of keys left out, or a key with its glyph. */
export type LegendEntry =
  | { type: 'heading'; text: string }
  | { type: 'more'; text: string; count: number }
  | { type: 'highlight'; text: string }
  | { type: 'colour'; text: string; colour: string }
  | { type: 'shape'; text: string; kind: SymbolKind }
  | { type: 'hollow' | 'frontier' | 'interval'; text: string };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: number;
  tone: 'text' | 'muted';
}

export interface PlacedEntry {
  entry: LegendEntry;
  /** The glyph's centre (none for a heading) and the text's start, on one baseline. */
  glyph: { x: number; y: number } | null;
  lines: TextLine[];
}

export interface ExportLayout {
  width: number;
  height: number;
  text: TextLine[];
  chart: Box;
  legend: PlacedEntry[];
}

export interface ExportTexts {
  title: string;
  subtitle: string;
  /** The foot, each item its own paragraph: "Not plotted: …", the source line, the product. */
  footer: string[];
  legend: readonly LegendEntry[];
}

const PAD = 28;
const TITLE = 24;
const SUB = 14;
const FOOT = 12;
const KEY = 12.5;
const GLYPH = 18;
const COLUMN = 250;

/** Splits text into lines no wider than `width` at `size` px, breaking at spaces (a word longer than a line stays whole). */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** "+ 1,225 more organisations": the colour keys a legend leaves out. */
export const moreEntry = (count: number): LegendEntry => ({ type: 'more', count, text: `+ ${count.toLocaleString('en')} more organisations` });

/** The entries with their last `drop` colour keys folded into the "+ N more" count, which follows the last key kept. */
export function foldColourKeys(entries: readonly LegendEntry[], drop: number): LegendEntry[] {
  if (drop <= 0) return [...entries];
  const colours = entries.flatMap((e, i) => (e.type === 'colour' ? [i] : []));
  const dropped = new Set(colours.slice(Math.max(0, colours.length - drop)));
  const before = entries.find((e) => e.type === 'more');
  const more = moreEntry((before?.type === 'more' ? before.count : 0) + dropped.size);
  // The count takes the place of the first key it stands for.
  const first = Math.min(...dropped);
  const out: LegendEntry[] = [];
  entries.forEach((e, i) => {
    if (e.type === 'more') return;
    if (!dropped.has(i)) out.push(e);
    if (i === first) out.push(more);
  });
  return out;
}

const line = (text: string, x: number, y: number, size: number, weight = 400, tone: TextLine['tone'] = 'muted'): TextLine => ({ text, x, y, size, weight, tone });

/** The legend laid out from (x, y) within `width`: a row per key in a column, or sections whose keys flow across rows. */
function layoutLegend(entries: readonly LegendEntry[], x0: number, y0: number, width: number, flow: boolean): { placed: PlacedEntry[]; bottom: number } {
  const placed: PlacedEntry[] = [];
  const row = KEY * 1.55;
  let x = x0;
  let y = y0 + KEY;
  for (const [i, entry] of entries.entries()) {
    if (entry.type === 'heading') {
      // A new section starts a row of its own (in a column, with a little air above).
      if (i > 0) y += flow ? row : row * 0.4;
      x = x0;
      placed.push({ entry, glyph: null, lines: [line(entry.text, x0, y, KEY, 600, 'text')] });
      if (flow) x += textWidth(entry.text, KEY) + 10;
      else y += row;
      continue;
    }
    // A count has no glyph; it is muted, and set where the keys' text starts.
    const glyphless = entry.type === 'more';
    const tone = glyphless ? 'muted' : 'text';
    if (flow) {
      const w = GLYPH + textWidth(entry.text, KEY) + 14;
      if (x > x0 && x + w > x0 + width) [x, y] = [x0, y + row];
      placed.push({ entry, glyph: glyphless ? null : { x: x + 7, y: y - KEY * 0.35 }, lines: [line(entry.text, x + GLYPH, y, KEY, 400, tone)] });
      x += w;
      continue;
    }
    const texts = wrap(entry.text, width - GLYPH, KEY);
    const glyph = glyphless ? null : { x: x0 + 7, y: y - KEY * 0.35 };
    placed.push({ entry, glyph, lines: texts.map((t, k) => line(t, x0 + GLYPH, y + k * row, KEY, 400, tone)) });
    y += row * texts.length;
  }
  return { placed, bottom: flow ? y + row * 0.5 : y };
}

export function layoutExport(preset: ExportPreset, texts: ExportTexts): ExportLayout {
  const { width, height } = EXPORT_PRESETS[preset];
  const inner = width - 2 * PAD;
  const text: TextLine[] = [];
  let y = PAD + TITLE * 0.8;
  for (const t of wrap(texts.title, inner, TITLE).slice(0, 2)) {
    text.push(line(t, PAD, y, TITLE, 600, 'text'));
    y += TITLE * 1.25;
  }
  y += 2;
  for (const t of wrap(texts.subtitle, inner, SUB).slice(0, 3)) {
    text.push(line(t, PAD, y, SUB));
    y += SUB * 1.4;
  }
  const top = y + 4;
  // The foot, from the bottom up: every paragraph at most two lines.
  const foot = texts.footer.flatMap((p) => wrap(p, inner, FOOT).slice(0, 2));
  let bottom = height - PAD - (foot.length - 1) * FOOT * 1.45;
  foot.forEach((t, i) => text.push(line(t, PAD, bottom + i * FOOT * 1.45, FOOT)));
  bottom -= FOOT * 1.6;

  const colourKeys = texts.legend.filter((e) => e.type === 'colour').length;
  if (preset === 'landscape') {
    // The column runs from under the subtitle to above the foot; organisations are folded into the count until it fits.
    let legend = layoutLegend(texts.legend, width - PAD - COLUMN, top + 8, COLUMN, false);
    for (let drop = 1; legend.bottom > bottom && drop <= colourKeys; drop++) {
      legend = layoutLegend(foldColourKeys(texts.legend, drop), width - PAD - COLUMN, top + 8, COLUMN, false);
    }
    return { width, height, text, legend: legend.placed, chart: { x: PAD - 8, y: top, width: inner - COLUMN - 8, height: bottom - top } };
  }
  // Square and portrait: the legend's rows under the plot, as many as it needs up to a third of the room.
  let entries = texts.legend;
  let probe = layoutLegend(entries, PAD, 0, inner, true);
  for (let drop = 1; probe.bottom > (bottom - top) / 3 && drop <= colourKeys; drop++) {
    entries = foldColourKeys(texts.legend, drop);
    probe = layoutLegend(entries, PAD, 0, inner, true);
  }
  const legendTop = bottom - probe.bottom;
  const legend = layoutLegend(entries, PAD, legendTop, inner, true);
  return { width, height, text, legend: legend.placed, chart: { x: PAD - 8, y: top, width: inner + 8, height: legendTop - top - 6 } };
}

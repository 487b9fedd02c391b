// Which point labels a chart draws and where: by priority (selected, hovered, a highlighted group's points, frontier,
// extremes, then the rest while they fit), each inside the plot area and clear of other labels and marks. The chart
// and its export both use it.
import { textWidth } from './text-width';

export type LabelRank = 'selected' | 'hovered' | 'highlight' | 'frontier' | 'extreme' | 'other';
const RANK_ORDER: readonly LabelRank[] = ['selected', 'hovered', 'highlight', 'frontier', 'extreme', 'other'];
/** Ranks whose labels are always drawn: where the spots beside the point are taken, spots further out are tried. */
const ALWAYS: ReadonlySet<LabelRank> = new Set(['selected', 'hovered', 'highlight']);

export interface LabelCandidate {
  id: string;
  text: string;
  /** The point's position in chart pixels. */
  px: number;
  py: number;
  rank: LabelRank;
  /** From the point's centre to its label, when its mark is drawn larger than most (a highlighted group's). */
  clearance?: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel extends LabelCandidate {
  /** Where the text is anchored, and its vertical centre. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export const LABEL_FONT_PX = 11.5;
const LINE = LABEL_FONT_PX * 1.25;
/** From a point's centre to its label: a mark's radius and a little air. */
const GAP = 8;
/** The same for a highlighted group's marks, drawn larger and outlined (EmphasisLayer). */
export const EMPHASIS_CLEARANCE = 13;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (b: Box, area: Box) => b.x0 >= area.x0 && b.x1 <= area.x1 && b.y0 >= area.y0 && b.y1 <= area.y1;

/**
 * The places a label may take around its point, most natural first: right, left, above, below, then diagonals;
 * `gap` from the point's centre.
 */
function spots(c: LabelCandidate, w: number, gap = GAP): Omit<PlacedLabel, keyof LabelCandidate>[] {
  const { px, py } = c;
  // Above and below sit clear of labels beside the same point, which reach LINE / 2 up and down.
  const up = py - gap - LINE / 2;
  const down = py + gap + LINE / 2;
  const at = (x: number, y: number, anchor: PlacedLabel['anchor']) => {
    const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { x, y, anchor, box: { x0, y0: y - LINE / 2, x1: x0 + w, y1: y + LINE / 2 } };
  };
  return [
    at(px + gap, py, 'start'), at(px - gap, py, 'end'), at(px, up, 'middle'), at(px, down, 'middle'),
    at(px + gap / 2, up, 'start'), at(px + gap / 2, down, 'start'), at(px - gap / 2, up, 'end'), at(px - gap / 2, down, 'end'),
  ];
}

/** The gaps tried for a label that must be drawn: beside its point, then one and two lines further out. */
const farGaps = (gap: number) => [gap, gap + LINE, gap + 2 * LINE];

export interface PlaceOptions {
  /** Other marks' centres, which labels keep clear of (a label may cover its own point's neighbourhood only). */
  marks?: readonly { px: number; py: number }[];
  markRadius?: number;
  /** The text's width in px; by default estimated for Inter at LABEL_FONT_PX. */
  measure?: (text: string) => number;
}

/**
 * Places labels in rank order (candidates of one rank in the order given), each at the first spot inside `area`
 * that overlaps no placed label and no other mark. A ranked label (selected, hovered, highlighted, frontier, extreme)
 * that finds no clear spot still takes the first spot inside the area clear of other labels, over a mark if it must;
 * a selected, hovered or highlighted one tries spots further out before it gives up. The points a reader looks for
 * are named; the rest only where they fit.
 */
export function placeLabels(candidates: readonly LabelCandidate[], area: Box, options: PlaceOptions = {}): PlacedLabel[] {
  const measure = options.measure ?? ((t: string) => textWidth(t, LABEL_FONT_PX));
  const r = options.markRadius ?? 5;
  const markBoxes = (options.marks ?? []).map((m) => ({ x0: m.px - r, y0: m.py - r, x1: m.px + r, y1: m.py + r }));
  const ordered = RANK_ORDER.flatMap((rank) => candidates.filter((c) => c.rank === rank));
  const placed: PlacedLabel[] = [];
  const seen = new Set<string>();
  for (const c of ordered) {
    if (seen.has(c.id)) continue;
    const w = measure(c.text);
    const own = (b: Box) => Math.abs((b.x0 + b.x1) / 2 - c.px) < 0.5 && Math.abs((b.y0 + b.y1) / 2 - c.py) < 0.5;
    let spot: ReturnType<typeof spots>[number] | undefined;
    const near = c.clearance ?? GAP;
    for (const gap of ALWAYS.has(c.rank) ? farGaps(near) : [near]) {
      const free = spots(c, w, gap).filter((s) => inside(s.box, area) && !placed.some((p) => overlaps(p.box, s.box)));
      spot = free.find((s) => !markBoxes.some((m) => !own(m) && overlaps(m, s.box))) ?? (c.rank !== 'other' ? free[0] : undefined);
      if (spot) break;
    }
    if (!spot) continue;
    seen.add(c.id);
    placed.push({ ...c, ...spot });
  }
  return placed;
}

/** Up to this many points, every point is a candidate for a label; above it, only the ranked ones. */
export const LABEL_ALL_UP_TO = 60;
/** Frontier labels offered at most (spread along it): a large set's frontier can hold hundreds of points. */
const MAX_FRONTIER_LABELS = 40;

/**
 * A chart's standing label candidates, points given by position (chart pixels) and by a function naming point i:
 * a highlighted group's points, the frontier (indexes, left to right), the extremes on each axis (leftmost,
 * rightmost, highest, lowest), then every other point when there are few. The selected and hovered points are
 * added in front of these.
 */
export function standingCandidates(
  px: ArrayLike<number>, py: ArrayLike<number>, frontier: readonly number[], name: (i: number) => { id: string; text: string },
  highlighted: readonly number[] = [],
): LabelCandidate[] {
  const n = px.length;
  const out: LabelCandidate[] = [];
  const add = (i: number, rank: LabelRank) => out.push({ ...name(i), px: px[i]!, py: py[i]!, rank });
  for (const i of highlighted) out.push({ ...name(i), px: px[i]!, py: py[i]!, rank: 'highlight', clearance: EMPHASIS_CLEARANCE });
  const step = Math.max(1, frontier.length / MAX_FRONTIER_LABELS);
  for (let k = 0; k < frontier.length; k += step) add(frontier[Math.floor(k)]!, 'frontier');
  if (n > 0) {
    const ext = [0, 0, 0, 0];
    for (let i = 1; i < n; i++) {
      if (px[i]! < px[ext[0]!]!) ext[0] = i;
      if (px[i]! > px[ext[1]!]!) ext[1] = i;
      if (py[i]! < py[ext[2]!]!) ext[2] = i;
      if (py[i]! > py[ext[3]!]!) ext[3] = i;
    }
    for (const i of ext) add(i, 'extreme');
  }
  if (n <= LABEL_ALL_UP_TO) for (let i = 0; i < n; i++) add(i, 'other');
  return out;
}

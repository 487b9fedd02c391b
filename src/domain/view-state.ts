// The shareable view (dataset, filters, hidden models, selection, charts) as URL query parameters:
// versioned, validated piece by piece, and every piece that is ignored is named.
import { FIELD_KEYS, isFieldKey, type FieldKey } from './fields';
import type { Filters } from './filter';
import { COST_TIERS } from './cost-tier';

export const VIEW_VERSION = 1;

export interface ChartView {
  x: FieldKey;
  y: FieldKey;
  logX: boolean;
  logY: boolean;
  showFrontier: boolean;
  /** Flip the frontier's sense of "better" on an axis. */
  flipX: boolean;
  flipY: boolean;
}

export interface ViewState {
  datasetId: string;
  filters: Filters;
  hiddenIds: string[];
  selectedId: string | null;
  charts: ChartView[];
  activeChart: number;
}

const MAX_CHARTS_IN_URL = 6;
const MAX_SEARCH_IN_URL = 200;
/** Past this many hidden models a link would grow to megabytes; the link then leaves them out and says so. */
export const MAX_HIDDEN_IN_URL = 200;
const FLAGS = { lx: 'logX', ly: 'logY', nf: 'noFrontier', fx: 'flipX', fy: 'flipY' } as const;

function encodeChart(c: ChartView): string {
  const flags = [c.logX && 'lx', c.logY && 'ly', !c.showFrontier && 'nf', c.flipX && 'fx', c.flipY && 'fy'].filter(Boolean);
  return [c.x, c.y, ...flags].join('.');
}

/** Why one URL parameter was not applied. */
interface Invalid { invalid: string }
const invalid = (why: string): Invalid => ({ invalid: why });
const isInvalid = (r: unknown): r is Invalid => typeof r === 'object' && r !== null && 'invalid' in r;

function decodeChart(text: string): ChartView | Invalid {
  const [x, y, ...flags] = text.split('.');
  if (!x || !isFieldKey(x)) return invalid(`'${x ?? ''}' is not an axis (expected one of ${FIELD_KEYS.join(', ')})`);
  if (!y || !isFieldKey(y)) return invalid(`'${y ?? ''}' is not an axis (expected one of ${FIELD_KEYS.join(', ')})`);
  if (x === y) return invalid(`'${x}' is on both axes; a chart plots two different fields`);
  const unknown = flags.filter((f) => !(f in FLAGS));
  if (unknown.length) return invalid(`unknown chart option '${unknown[0]}'`);
  return {
    x, y, logX: flags.includes('lx'), logY: flags.includes('ly'), showFrontier: !flags.includes('nf'),
    flipX: flags.includes('fx'), flipY: flags.includes('fy'),
  };
}

/** Only what differs from the defaults goes into the URL, so a fresh view has a clean address. */
export function encodeViewState(v: ViewState, defaults: { datasetId: string; charts: ChartView[] }): string {
  const p = new URLSearchParams();
  const f = v.filters;
  if (v.datasetId !== defaults.datasetId) p.set('d', v.datasetId);
  if (f.paramMin !== null) p.set('pmin', String(f.paramMin));
  if (f.paramMax !== null) p.set('pmax', String(f.paramMax));
  if (f.includeUndisclosedSize) p.set('undisclosed', '1');
  if (f.tiers !== null) p.set('tiers', f.tiers.join(','));
  if (!f.includeNoTier) p.set('notier', '0');
  if (f.search) p.set('q', f.search);
  if (v.hiddenIds.length && v.hiddenIds.length <= MAX_HIDDEN_IN_URL) p.set('hide', v.hiddenIds.join(','));
  if (v.selectedId) p.set('sel', v.selectedId);
  const charts = v.charts.map(encodeChart).join('~');
  if (charts !== defaults.charts.map(encodeChart).join('~')) p.set('charts', charts);
  if (v.activeChart !== 0) p.set('active', String(v.activeChart));
  if ([...p.keys()].length) p.set('v', String(VIEW_VERSION));
  return p.toString();
}

export interface DecodedView {
  view: Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<Filters> };
  /** Human-readable reasons for each parameter that was not applied. */
  ignored: string[];
}

const KNOWN = new Set(['v', 'd', 'pmin', 'pmax', 'undisclosed', 'tiers', 'notier', 'q', 'hide', 'sel', 'charts', 'active']);

function parseBound(raw: string): number | Invalid {
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : invalid(`'${raw}' is not a positive parameter count`);
}

function parseBool(raw: string): boolean | Invalid {
  return raw === '0' ? false : raw === '1' ? true : invalid(`'${raw}' is not 0 or 1`);
}

/** Reads a query string; never throws. Unknown versions are rejected whole, bad pieces one by one. */
export function decodeViewState(search: string, isDatasetId: (id: string) => boolean): DecodedView {
  const p = new URLSearchParams(search);
  const ignored: string[] = [];
  const view: DecodedView['view'] = {};
  const filters: Partial<Filters> = {};
  if ([...p.keys()].length === 0) return { view, ignored };

  // A link written by hand ("?d=extended") has no version: it is read as this one. Another version is not.
  const version = p.get('v');
  if (version !== null && version !== String(VIEW_VERSION)) {
    return { view, ignored: [`the link's view (version ${version}; this app reads version ${VIEW_VERSION})`] };
  }
  const take = <T>(key: string, parse: (raw: string) => T | Invalid, apply: (value: T) => void) => {
    const raw = p.get(key);
    if (raw === null) return;
    const r = parse(raw);
    if (isInvalid(r)) ignored.push(`${key}: ${r.invalid}`);
    else apply(r);
  };

  take('d', (raw) => (isDatasetId(raw) ? raw : invalid(`no dataset is called '${raw}'`)), (d) => (view.datasetId = d));
  take('pmin', parseBound, (n) => (filters.paramMin = n));
  take('pmax', parseBound, (n) => (filters.paramMax = n));
  if (filters.paramMin !== undefined && filters.paramMax !== undefined && filters.paramMin! > filters.paramMax!) {
    ignored.push('pmin/pmax: the minimum is above the maximum');
    delete filters.paramMin;
    delete filters.paramMax;
  }
  take('undisclosed', parseBool, (b) => (filters.includeUndisclosedSize = b));
  take('notier', parseBool, (b) => (filters.includeNoTier = b));
  take('tiers', (raw) => {
    // Digits only: Number() would read '' (as in '3,') as tier 0, and ' 1', '0x1' or '1e0' as tier 1.
    const parts = raw === '' ? [] : raw.split(',');
    return parts.every((t) => /^\d+$/.test(t) && Number(t) < COST_TIERS.length)
      ? [...new Set(parts.map(Number))].sort((a, b) => a - b)
      : invalid(`'${raw}' is not a list of cost-tier numbers 0–${COST_TIERS.length - 1}`);
  }, (t) => (filters.tiers = t));
  take('q', (raw) => {
    if (raw.length > MAX_SEARCH_IN_URL) ignored.push(`q: only the search's first ${MAX_SEARCH_IN_URL} characters are read (the link has ${raw.length})`);
    return raw.slice(0, MAX_SEARCH_IN_URL);
  }, (q) => (filters.search = q));
  take('hide', (raw) => [...new Set(raw.split(',').filter(Boolean))].sort(), (ids) => (view.hiddenIds = ids));
  take('sel', (raw) => raw, (id) => (view.selectedId = id));
  take('charts', (raw) => {
    const all = raw.split('~');
    const parts = all.slice(0, MAX_CHARTS_IN_URL).map(decodeChart);
    const bad = parts.find(isInvalid);
    if (!bad && all.length > MAX_CHARTS_IN_URL) ignored.push(`charts: only the first ${MAX_CHARTS_IN_URL} charts are read (the link has ${all.length})`);
    return bad ?? (parts as ChartView[]);
  }, (c) => (view.charts = c));
  take('active', (raw) => {
    const n = Number(raw);
    const count = view.charts?.length ?? MAX_CHARTS_IN_URL;
    return Number.isInteger(n) && n >= 0 && n < count ? n : invalid(`'${raw}' is not a chart number`);
  }, (n) => (view.activeChart = n));
  for (const key of p.keys()) if (!KNOWN.has(key)) ignored.push(`${key}: not a setting this app knows`);
  if (Object.keys(filters).length) view.filters = filters;
  return { view, ignored };
}

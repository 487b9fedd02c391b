// Reads one number as people write it: a decimal comma or point, thousands separators, scientific notation, size
// words and letters, and the qualifiers around it (~, <, up to, ?). What could be read two ways is refused.
import { fail, ok, type ParseResult, type Remark, type ValueStatus } from './measured';

export type DecimalMark = '.' | ',';
export type Bound = 'upper' | 'lower';

export interface NumberText {
  /** The digits with a point as decimal mark and no separators ("1234.5"). */
  digits: string;
  /** Power of ten from scientific notation and a size word ("7e9" → 9, "72B" → 9). */
  exponent: number;
  hasSuffix: boolean;
  percent: boolean;
  estimate: boolean;
  bound: Bound | null;
  /** A trailing "?": the source is unsure of the value. */
  uncertain: boolean;
  /** Text after the number and its qualifiers ("total, 49B active"). */
  rest: string;
}

/** The value, with `extra` more powers of ten (9 for a column in billions): parsed once from decimal text, so exact. */
export function valueOf(n: NumberText, extra = 0): number {
  return Number(`${n.digits}e${n.exponent + extra}`);
}

const SUFFIX_POWER = new Map([['k', 3], ['thousand', 3], ['m', 6], ['mn', 6], ['million', 6], ['b', 9], ['bn', 9], ['billion', 9], ['t', 12], ['trillion', 12]]);

type Mark = 'estimate' | 'upper' | 'lower' | 'uncertain';

/** Words and signs that qualify a number, before it and after it, with what each says. */
const BEFORE: readonly [RegExp, Mark][] = [
  [/^(?:~|≈|about\b|approx(?:imately\b|\.|\b)|around\b|roughly\b|circa\b|ca\.)\s*/i, 'estimate'],
  [/^(?:<=|≤|⩽|<|up\s+to\b|at\s+most\b|under\b|below\b|less\s+than\b|fewer\s+than\b)\s*/i, 'upper'],
  [/^(?:>=|≥|⩾|>|at\s+least\b|over\b|above\b|more\s+than\b)\s*/i, 'lower'],
];
const AFTER: readonly [RegExp, Mark][] = [
  [/^\s*(?:\+(?!\s*\d)|or\s+more\b)/i, 'lower'],
  [/^\s*or\s+(?:less|fewer)\b/i, 'upper'],
  [/^\s*(?:\(\s*(?:est(?:imated?)?\.?|approx(?:imately|\.)?)\s*\)|est(?:imated?)?\b\.?|approx(?:imately|\.)?)/i, 'estimate'],
  [/^\s*\?/, 'uncertain'],
];

/** Takes qualifiers off the start of `t` until none is left; returns the rest and what they said. */
function takeQualifiers(t: string, table: readonly [RegExp, Mark][], marks: Set<Mark>): string {
  for (let taken = true; taken;) {
    taken = false;
    for (const [re, mark] of table) {
      const m = re.exec(t);
      if (m?.[0]) {
        marks.add(mark);
        t = t.slice(m[0].length);
        taken = true;
      }
    }
  }
  return t;
}

const MINUS = /^[-−–‒—]\s*(?=[\d.,])/;
const NUMBER: Record<DecimalMark, RegExp> = {
  '.': /^(?:(\d{1,3}(?:[,' ’]\d{3})+(?!\d)|\d+)(?:\.(\d+))?|\.(\d+))/,
  ',': /^(?:(\d{1,3}(?:[.' ’]\d{3})+(?!\d)|\d+)(?:,(\d+))?|,(\d+))/,
};
const EXPONENT = /^(?:e([+-]?\d+)|\s*[x×*·]\s*10\s*\^\s*([+-]?\d+))/i;
const SUFFIX = /^\s*-?\s*(thousand|million|billion|trillion|bn|mn|k|m|b|t)(?![a-z])/i;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "2.1×10²⁵" → "2.1e25", before NFKC folds the superscripts into ordinary digits. */
function superscriptPowers(text: string): string {
  return text.replace(/\s*[x×*·]\s*10([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (_m, p: string) =>
    `e${[...p].map((c) => (c === '⁻' ? '-' : c === '⁺' ? '+' : String(SUPERSCRIPT.indexOf(c)))).join('')}`);
}

/**
 * Reads the number at the start of `raw` (after any qualifiers). Fails with a kind the review can count:
 * negative, a range ("7–8B"), an exponent with a size letter ("7e9B": 7e9 or 7e18?), a separator that is not
 * the column's decimal mark ("72,7" in a decimal-point column), or no number at all.
 */
/** The shapes most cells have ("65.3", "1.23B", "2.1e+25", "86.4%"), read without the general path's regexes. */
const PLAIN: Record<DecimalMark, RegExp> = {
  '.': /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?(%|[KMBTkmbt])?$/,
  ',': /^(\d+)(?:,(\d+))?(?:[eE]([+-]?\d+))?(%|[KMBTkmbt])?$/,
};

function plainNumber(raw: string, decimal: DecimalMark): NumberText | null {
  const m = PLAIN[decimal].exec(raw);
  if (!m) return null;
  const [, int, frac, exp, tail] = m;
  // A leading-zero integer part ("007") and "7e9B" go the general way, which says what is wrong with them.
  if ((exp && tail && tail !== '%') || (int!.length > 1 && int![0] === '0')) return null;
  const suffix = tail && tail !== '%' ? SUFFIX_POWER.get(tail.toLowerCase())! : 0;
  const digits = frac ? `${int}.${frac}` : int!;
  const exponent = (exp ? Number(exp) : 0) + suffix;
  if (!Number.isFinite(Number(`${digits}e${exponent}`))) return null;
  return {
    digits, exponent, hasSuffix: suffix > 0,
    percent: tail === '%', estimate: false, bound: null, uncertain: false, rest: '',
  };
}

export function readNumber(raw: string, decimal: DecimalMark = '.'): ParseResult<NumberText> {
  const plain = plainNumber(raw, decimal);
  if (plain) return ok(plain);
  const marks = new Set<Mark>();
  // ASCII text needs no Unicode normalising, which is most of this function's cost on a large file.
  // oxlint-disable-next-line no-control-regex -- the test is for any character outside ASCII.
  const text = /[^\x00-\x7f]/.test(raw) ? superscriptPowers(raw).normalize('NFKC') : raw;
  let t = takeQualifiers(text.trim(), BEFORE, marks);
  if (MINUS.test(t)) return fail(`'${raw}' is negative`, 'negative');
  const num = NUMBER[decimal].exec(t);
  if (!num) return fail(`'${raw}' is not a number`, 'not-a-number');
  const int = (num[1] ?? '0').replace(/[,.' ’]/g, '');
  const frac = num[2] ?? num[3];
  let digits = frac ? `${int}.${frac}` : int;
  t = t.slice(num[0].length);
  if (/^[.,]\d/.test(t)) {
    const [found, mark, other] = [t[0] === ',' ? 'comma' : 'point', decimal === '.' ? 'point' : 'comma', decimal === '.' ? 'comma' : 'point'];
    // "1,234,567" in a decimal-comma column: the second comma is the column's own mark, seen twice.
    if (found === mark) return fail(`'${raw}' has a second ${mark}, and a ${mark} is this column's decimal mark; is the decimal mark a ${other}?`, 'decimal-mark');
    return fail(`'${raw}' has a ${found} that is not this column's decimal mark (a ${mark}); is the decimal mark a ${other}?`, 'decimal-mark');
  }
  let exponent = 0;
  const exp = EXPONENT.exec(t);
  const tenTo = digits === '10' && /^\s*\^\s*([+-]?\d+)/.exec(t);
  if (exp) {
    exponent = Number(exp[1] ?? exp[2]);
    t = t.slice(exp[0].length);
  } else if (tenTo) {
    digits = '1';
    exponent = Number(tenTo[1]);
    t = t.slice(tenTo[0].length);
  }
  // "2^40" is not 2 with a note "^40": only a power of ten is read, so any other power is refused.
  if (/^\s*\^/.test(t)) return fail(`'${raw}' has a power that is not of ten; write the number out (e.g. 2^40 as 1.1e12)`, 'not-a-number');
  if (/^\s*[x×]\s*\d/.test(t)) return fail(`'${raw}' names an expert layout (like 8x7B), not a total`, 'expert-layout');
  const suffix = SUFFIX.exec(t);
  if (suffix) {
    const power = SUFFIX_POWER.get(suffix[1]!.toLowerCase()) ?? NaN;
    if (exp || tenTo) return fail(`'${raw}' has both an exponent and a size letter, so it could mean ${digits}e${exponent} or ${digits}e${exponent + power}; write it one way`, 'exponent-and-suffix');
    exponent += power;
    t = t.slice(suffix[0].length);
  }
  if (/^\s*(?:[-–—‒]|to\b)\s*[\d.,]/i.test(t)) return fail(`'${raw}' is a range; give one value (the range can go in a note)`, 'range-text');
  const percent = /^\s*%/.test(t);
  if (percent) t = t.replace(/^\s*%/, '');
  t = takeQualifiers(t, AFTER, marks);
  if (/^[a-z]/i.test(t)) return fail(`'${raw}' is not a number`, 'not-a-number');
  if (marks.has('upper') && marks.has('lower')) return fail(`'${raw}' is marked both as an upper and a lower bound`, 'not-a-number');
  if (!Number.isFinite(Number(`${digits}e${exponent}`))) return fail(`'${raw}' is not a finite number`, 'out-of-range');
  const bound: Bound | null = marks.has('upper') ? 'upper' : marks.has('lower') ? 'lower' : null;
  return ok({ digits, exponent, hasSuffix: Boolean(suffix), percent, estimate: marks.has('estimate'), bound, uncertain: marks.has('uncertain'), rest: t.trim() });
}

/** The note a bound or a "?" adds to a value, and the line the review lists it under. */
export function qualifierNote(n: Pick<NumberText, 'bound' | 'uncertain'>): string | undefined {
  if (n.bound === 'upper') return 'upper bound: the source gives at most this value';
  if (n.bound === 'lower') return 'lower bound: the source gives at least this value';
  if (n.uncertain) return "marked uncertain ('?') by the source";
  return undefined;
}

/** Approximations, bounds and "?" are estimates; everything else is what the source reported. */
export function qualifiedStatus(n: Pick<NumberText, 'estimate' | 'bound' | 'uncertain'>): ValueStatus {
  return n.estimate || n.bound || n.uncertain ? 'estimated' : 'reported';
}

/** The review's line for a value read as a bound or marked "?"; undefined for a plain value. */
export function qualifierRemark(raw: string, n: Pick<NumberText, 'bound' | 'uncertain'>): Remark | undefined {
  if (n.bound) return { kind: 'bound', message: `'${raw}' read as a bound (${n.bound === 'upper' ? 'at most' : 'at least'} this value), estimated` };
  if (n.uncertain) return { kind: 'uncertain', message: `'${raw}' is marked '?': read as an estimate` };
  return undefined;
}

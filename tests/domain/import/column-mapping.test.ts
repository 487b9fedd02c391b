// Header → field guessing, the parameter unit a column's header or values suggest, each column's default reading
// and the questions left open. import.test.ts has a first table of whole headers; these are the rules one by one.
import { describe, expect, it } from 'vitest';
import {
  applyChoices,
  defaultReadings,
  guessMapping,
  guessParameterUnit,
  isNumericTarget,
  isScoreTarget,
  openQuestions,
  TARGETS,
  type ColumnReading,
  type Target,
} from '../../../src/domain/import/column-mapping';
import { profileColumn, profileColumns } from '../../../src/domain/import/column-profile';

const reading = (r: Partial<ColumnReading> = {}): ColumnReading => ({ decimal: '.', scale: 'percent', unit: 'count', ...r });

describe('guessMapping', () => {
  it.each<[string, string[], Target[]]>([
    ['case, punctuation and spaces do not matter', ['MODEL', 'Param-Count', 'gsm_8k', 'Cost  Tier'], ['name', 'parameters', 'gsm8k', 'costTier']],
    ['a header that starts with a known name and a space takes its field', ['Model', 'MMLU (0-shot)', 'Parameters (B)'], ['name', 'mmlu', 'parameters']],
    ['a word that only starts with a known name is not it', ['Model', 'Labels', 'Sizes', 'Costly'], ['name', 'ignore', 'ignore', 'ignore']],
    ['an exact name beats a longer header that starts with it, wherever they stand', ['MMLU average', 'MMLU'], ['ignore', 'mmlu']],
    ['each field is taken once, by the first header that names it exactly', ['Org', 'Company', 'Lab'], ['organization', 'ignore', 'ignore']],
    ['headers naming nothing are ignored', ['Notes', 'Rank', ''], ['ignore', 'ignore', 'ignore']],
    ['a header with no letters at all is ignored', ['(%)', '---'], ['ignore', 'ignore']],
  ])('%s: %j', (_rule, headers, expected) => {
    expect(guessMapping(headers)).toEqual(expected);
  });

  it('takes the longest synonym a header starts with: "Training compute text (notes)" is the text column', () => {
    expect(guessMapping(['Training compute text (notes)'])).toEqual(['trainingComputeText']);
    expect(guessMapping(['Training compute text (notes)', 'Training compute (FLOP, est.)'])).toEqual(['trainingComputeText', 'trainingComputeFlop']);
    expect(guessMapping(['MMLU score (5-shot)', 'Model name (HF id)'])).toEqual(['mmlu', 'name']);
  });

  it('reads "Training compute (text)" as the text column, not the FLOP column its first words name', () => {
    expect(guessMapping(['Training compute (text)'])).toEqual(['trainingComputeText']);
    expect(guessMapping(['Training compute (text)', 'Training compute (FLOP)'])).toEqual(['trainingComputeText', 'trainingComputeFlop']);
    // With the text column's exact name taken first, the prefix pass leaves it alone.
    expect(guessMapping(['Training compute (FLOP)', 'Training compute (text)'])).toEqual(['trainingComputeFlop', 'trainingComputeText']);
  });

  it('a header with a stray space inside or around still matches exactly', () => {
    expect(guessMapping(['  Model name ', 'MMLU  (5-shot)'])).toEqual(['name', 'mmlu']);
    expect(guessMapping([' Training  compute  (text) '])).toEqual(['trainingComputeText']);
  });

  it('reads "#Params" and "# Params" as the parameter count, as it does "#Params (B)"', () => {
    expect(guessMapping(['Model', '#Params'])).toEqual(['name', 'parameters']);
    expect(guessMapping(['Model', '# Params'])).toEqual(['name', 'parameters']);
    expect(guessMapping(['Model', '#Params (B)'])).toEqual(['name', 'parameters']);
  });

  it('maps nothing for no headers', () => {
    expect(guessMapping([])).toEqual([]);
  });
});

describe('guessParameterUnit', () => {
  it.each([
    ['Params (B)'],
    ['Size B'],
    ['B params'],
    ['params_b'],
    ['Parameters (billions)'],
    ['Parameters, billion'],
  ])('the header %j says billions, whatever the values look like', (header) => {
    expect(guessParameterUnit(header, ['70000000000', '8000000000'])).toBe('billions');
    expect(guessParameterUnit(header, [])).toBe('billions');
  });

  it.each([['Parameters'], ['Bytes'], ['params_bn'], ['Size (bits)'], ['b_params']])('the header %j says nothing, so the values decide', (header) => {
    expect(guessParameterUnit(header, ['70000000000', '8000000000'])).toBe('count');
    expect(guessParameterUnit(header, ['70', '8'])).toBe('billions');
  });

  it('a median under 100,000 is billions; 100,000 and over is a raw count', () => {
    expect(guessParameterUnit('Size', ['99999'])).toBe('billions');
    expect(guessParameterUnit('Size', ['100000'])).toBe('count');
    expect(guessParameterUnit('Size', ['1e5'])).toBe('count');
  });

  it('takes the median of the sorted values, not the middle of the column: 7, 7e10, 8 → 8, billions', () => {
    expect(guessParameterUnit('Size', ['7', '70000000000', '8'])).toBe('billions');
    expect(guessParameterUnit('Size', ['70000000000', '7', '80000000000'])).toBe('count');
  });

  it('an even count takes the upper of the two middle values', () => {
    expect(guessParameterUnit('Size', ['7', '70000000000'])).toBe('count');
    expect(guessParameterUnit('Size', ['7', '8', '70000000000', '80000000000'])).toBe('count');
    expect(guessParameterUnit('Size', ['6', '7', '8', '70000000000'])).toBe('billions');
  });

  it('leaves out empty cells, text, zeros and negatives: only positive numbers vote', () => {
    expect(guessParameterUnit('Size', ['0', '0', '0', '70000000000'])).toBe('count');
    expect(guessParameterUnit('Size', ['-1', '-2', '-3', '70000000000'])).toBe('count');
    expect(guessParameterUnit('Size', ['', '', '', '70000000000'])).toBe('count');
    expect(guessParameterUnit('Size', ['7B', 'n/a', 'Undisclosed', '70000000000'])).toBe('count');
    expect(guessParameterUnit('Size', ['', '', ' ', '7'])).toBe('billions');
  });

  it('a value that overflows to Infinity does not vote', () => {
    expect(guessParameterUnit('Size', ['7', '1e400', '1e400'])).toBe('billions');
  });

  it('reads a value with a trailing percent sign as its number, and spaces around it', () => {
    expect(guessParameterUnit('Size', ['70%', '8%'])).toBe('billions');
    expect(guessParameterUnit('Size', [' 70 ', ' 8 '])).toBe('billions');
    expect(guessParameterUnit('Size', ['%70', '%8'])).toBe('count');
  });

  it('a column with no number in it is a count, the unit that asks nothing of the values', () => {
    expect(guessParameterUnit('Size', [])).toBe('count');
    expect(guessParameterUnit('Size', ['', 'Undisclosed'])).toBe('count');
  });
});

describe('defaultReadings', () => {
  it("takes each column's decimal mark and scale from its profile and its unit from header and values", () => {
    const headers = ['Model', 'Params', 'MMLU', 'GSM8K'];
    const rows = [
      ['A', '70000000000', '0,85', '85'],
      ['B', '8000000000', '0,9', '0.9'],
    ];
    expect(defaultReadings(headers, rows, profileColumns(headers, rows))).toEqual([
      { decimal: '.', scale: 'percent', unit: 'count' },
      { decimal: '.', scale: 'percent', unit: 'count' },
      { decimal: ',', scale: 'fraction', unit: 'count' },
      { decimal: '.', scale: null, unit: 'billions' },
    ]);
  });

  it('leaves the decimal mark open when the values do not decide it', () => {
    const rows = [['1,234'], ['5,678']];
    expect(defaultReadings(['Params (B)'], rows, profileColumns(['Params (B)'], rows))).toEqual([{ decimal: null, scale: 'percent', unit: 'billions' }]);
  });

  it("a known format's fixed answers replace what the values suggest, one column at a time", () => {
    const headers = ['MMLU', 'GSM8K', 'Size'];
    const rows = [['0.5', '0.15', '7']];
    const profiles = profileColumns(headers, rows);
    expect(defaultReadings(headers, rows, profiles, [{ scale: 'percent' }, {}, { unit: 'count' }])).toEqual([
      { decimal: '.', scale: 'percent', unit: 'billions' },
      { decimal: '.', scale: 'fraction', unit: 'billions' },
      { decimal: '.', scale: 'percent', unit: 'count' },
    ]);
  });

  it('a column with no profile is left open; a short row reads as an empty cell', () => {
    expect(defaultReadings(['Model', 'Size'], [['A', '7'], ['B']], [])).toEqual([
      { decimal: null, scale: null, unit: 'count' },
      { decimal: null, scale: null, unit: 'billions' },
    ]);
  });

  it('guesses the unit from the first 2,000 rows', () => {
    const rows = [...Array.from({ length: 2000 }, () => ['7']), ...Array.from({ length: 3000 }, () => ['70000000000'])];
    // The whole column's median is 70e9, a count; its first 2,000 rows are all 7.
    expect(guessParameterUnit('Size', rows.map((r) => r[0] ?? ''))).toBe('count');
    expect(defaultReadings(['Size'], rows, [profileColumn(['7'])])[0]?.unit).toBe('billions');
  });
});

describe('applyChoices', () => {
  it("lays the user's answers over the defaults, column by column, and leaves the defaults as they were", () => {
    const defaults = [reading({ decimal: null }), reading({ scale: null }), reading()];
    expect(applyChoices(defaults, [{ decimal: ',' }, undefined, { unit: 'billions', scale: 'fraction' }])).toEqual([
      { decimal: ',', scale: 'percent', unit: 'count' },
      { decimal: '.', scale: null, unit: 'count' },
      { decimal: '.', scale: 'fraction', unit: 'billions' },
    ]);
    expect(defaults[0]).toEqual({ decimal: null, scale: 'percent', unit: 'count' });
  });
});

describe('target kinds', () => {
  it('parameters, FLOP and the two scores are numeric; only MMLU and GSM8K are scores', () => {
    expect(TARGETS.filter(isNumericTarget)).toEqual(['parameters', 'trainingComputeFlop', 'mmlu', 'gsm8k']);
    expect(TARGETS.filter(isScoreTarget)).toEqual(['mmlu', 'gsm8k']);
  });
});

describe('openQuestions', () => {
  const profiles = (...values: string[][]) => values.map((v) => profileColumn(v));

  it('asks the decimal mark, then the scale, for each numeric column left open, in column order', () => {
    const mapping: Target[] = ['name', 'gsm8k', 'parameters', 'mmlu'];
    const readings = [reading({ decimal: null, scale: null }), reading({ decimal: null, scale: null }), reading({ decimal: null, scale: null }), reading({ scale: null })];
    const p = profiles(['1,234'], ['1,234', '0.5'], ['1,234'], ['0.5', '50']);
    expect(openQuestions(mapping, readings, p)).toEqual([
      { column: 1, kind: 'decimal' },
      { column: 1, kind: 'scale' },
      { column: 2, kind: 'decimal' },
      { column: 3, kind: 'scale' },
    ]);
  });

  it('asks nothing once every column is answered', () => {
    expect(openQuestions(['mmlu', 'parameters'], [reading(), reading()], profiles(['1,234'], ['1,234']))).toEqual([]);
  });

  it('asks no scale of a size or compute column, and nothing of a text column', () => {
    const open = reading({ scale: null });
    expect(openQuestions(['parameters', 'trainingComputeFlop', 'costTier', 'source', 'ignore'], [open, open, open, open, open], profiles([], [], [], [], []))).toEqual([]);
    const undecided = reading({ decimal: null, scale: null });
    expect(openQuestions(['name', 'organization', 'costTier', 'trainingComputeText'], [undecided, undecided, undecided, undecided], profiles(['1,234'], ['1,234'], ['1,234'], ['1,234']))).toEqual([]);
  });

  it('does not ask the decimal mark of a column whose values have no mark in them', () => {
    const noMark = profiles(['70', '8']);
    expect(noMark[0]?.decimal.relevant).toBe(false);
    expect(openQuestions(['parameters'], [reading({ decimal: null })], noMark)).toEqual([]);
    expect(openQuestions(['parameters'], [reading({ decimal: null })], profiles(['1,234']))).toEqual([{ column: 0, kind: 'decimal' }]);
  });

  it('asks the decimal mark of a column without a profile, and asks nothing of a column without a reading', () => {
    expect(openQuestions(['mmlu'], [reading({ decimal: null })], [])).toEqual([{ column: 0, kind: 'decimal' }]);
    expect(openQuestions(['mmlu', 'gsm8k'], [reading({ scale: null })], [])).toEqual([{ column: 0, kind: 'scale' }]);
  });
});

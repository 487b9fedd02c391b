// Epoch AI's "Data on Notable AI Models" read as its file means it: sizes as raw counts, FLOP as written, and the
// Confidence column making sizes and compute estimates. Rows below are cut down from Epoch AI's export
// (epoch.ai/data/notable-ai-models, Dec 2024, CC BY 4.0: "Epoch AI, 'Data on Notable AI Models'").
import { describe, expect, it } from 'vitest';
import { applyEpochConfidence, EPOCH_FORMAT, epochConfidence } from '../../../../src/domain/import/formats/epoch';
import type { Measured } from '../../../../src/domain/measured';
import { importFile } from '../harness';

const HEADER = 'Model,Organization,Link,Parameters,Training compute (FLOP),Confidence,MMLU';
const rows = (...lines: string[]) => [HEADER, ...lines].join('\n');

describe('epochConfidence', () => {
  it.each([
    ['  Confident ', { status: 'reported' }],
    ['confident', { status: 'reported' }],
    [' Likely ', { status: 'estimated', note: 'Epoch AI confidence: Likely' }],
    ['Not confident', { status: 'estimated', note: 'Epoch AI confidence: Not confident' }],
    ['Confidently wrong', { status: 'estimated', note: 'Epoch AI confidence: Confidently wrong' }],
    ['   ', null],
  ])('%j → %j (only the word "Confident" itself is reported)', (word, out) => {
    expect(epochConfidence(word)).toEqual(out);
  });
});

describe('applyEpochConfidence', () => {
  const m = (over: Partial<Measured> = {}): Measured => ({ value: 7e9, raw: '7000000000', status: 'reported', ...over });

  it('a missing value stays missing, with no confidence note: there is nothing to be confident about', () => {
    const missing: Measured = { value: null, raw: '', status: 'missing' };
    expect(applyEpochConfidence(missing, 'Speculative')).toEqual(missing);
  });

  it('an empty Confidence cell leaves the value as it was', () => {
    expect(applyEpochConfidence(m(), '')).toEqual(m());
  });

  it('"Speculative" makes a reported value an estimate and says why in its note', () => {
    expect(applyEpochConfidence(m(), 'Speculative')).toEqual({ ...m(), status: 'estimated', note: 'Epoch AI confidence: Speculative' });
  });

  it('"Confident" keeps a value written as an estimate ("~7B") an estimate', () => {
    expect(applyEpochConfidence(m({ status: 'estimated', raw: '~7B' }), 'Confident')).toEqual(m({ status: 'estimated', raw: '~7B' }));
  });

  it('"Confident" keeps a reported value reported, with no note added and its own note as it was', () => {
    expect(applyEpochConfidence(m(), 'Confident')).toStrictEqual(m());
    expect(applyEpochConfidence(m({ note: 'from the paper' }), 'Confident')).toStrictEqual(m({ note: 'from the paper' }));
  });

  it("the confidence note comes first and the value's own note is kept after it", () => {
    expect(applyEpochConfidence(m({ note: 'from the paper' }), 'Likely').note).toBe('Epoch AI confidence: Likely · from the paper');
  });
});

describe('EPOCH_FORMAT', () => {
  it('maps Model, Organization, Parameters, Training compute and Link, and ignores the rest', () => {
    expect(EPOCH_FORMAT.mapping(HEADER.split(','))).toEqual(['name', 'organization', 'source', 'parameters', 'trainingComputeFlop', 'ignore', 'ignore']);
  });

  it('fixes the size column as a raw count with a decimal point, and the compute column as a decimal point, even with spaces in the header', () => {
    expect(EPOCH_FORMAT.fixed([' Parameters ', ' Training compute (FLOP) ', 'Parameters notes', 'Training compute (FLOP) notes', 'Trainable parameters', 'Total training compute (FLOP)'])).toEqual([
      { unit: 'count', decimal: '.' }, { decimal: '.' }, {}, {}, {}, {},
    ]);
  });

  it('the confidence rule touches sizes and compute only, not benchmark scores', () => {
    const adjust = EPOCH_FORMAT.rules(HEADER.split(',')).adjust!;
    const score: Measured = { value: 70, raw: '70', status: 'reported' };
    const cells = ['X', '', '', '', '', 'Speculative', '70'];
    expect(adjust('mmlu', score, cells)).toEqual({ value: score });
    expect(adjust('gsm8k', score, cells)).toEqual({ value: score });
    expect(adjust('parameters', score, cells).value.status).toBe('estimated');
    expect(adjust('flop', score, cells).value.status).toBe('estimated');
  });

  it('a row shorter than the Confidence column is read as saying nothing', () => {
    const adjust = EPOCH_FORMAT.rules(HEADER.split(',')).adjust!;
    const v: Measured = { value: 1e9, raw: '1000000000', status: 'reported' };
    expect(adjust('parameters', v, ['X', 'Org'])).toEqual({ value: v });
  });
});

describe("an Epoch AI file through the importer", () => {
  // Read inside each test, not when the tests are collected, so that a mutant switched on per test is seen.
  const file = () => importFile(rows(
    'Llama 3.3,Meta AI,https://www.llama.com/docs/model-cards-and-prompt-formats/llama3_3/,70000000000.0,6.8649768e+24,Confident,',
    'Claude 3 Opus,Anthropic,https://www.anthropic.com/news/claude-3-family,,1.640001e+25,Speculative,',
    'LeNet-5,AT&T Bell Laboratories,,60000,,Likely,',
  ));
  const model = (name: string) => file().models.find((m) => m.name === name)!;

  it('reads each column as the file means it: names, organisations, links, raw counts and FLOP', () => {
    expect(file().problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(model('Llama 3.3')).toMatchObject({
      organization: 'Meta AI',
      parameters: { value: 70e9, raw: '70000000000.0', status: 'reported' },
      trainingCompute: { flop: { value: 6.8649768e24, raw: '6.8649768e+24', status: 'reported' } },
    });
    expect(model('LeNet-5').parameters).toMatchObject({ value: 60000, raw: '60000', status: 'estimated', note: 'Epoch AI confidence: Likely' });
  });

  it('"Speculative" compute is an estimate, told once in the problems with the word; the missing size stays missing', () => {
    expect(model('Claude 3 Opus').trainingCompute.flop).toMatchObject({ value: 1.640001e25, status: 'estimated', note: 'Epoch AI confidence: Speculative' });
    expect(model('Claude 3 Opus').parameters).toMatchObject({ value: null, status: 'missing' });
    const confidence = file().problems.filter((p) => p.kind === 'confidence');
    expect(confidence.map((p) => [p.row, p.column, p.raw, p.message])).toEqual([
      [2, 'Training compute (FLOP)', '1.640001e+25', 'read as an estimate: Epoch AI\'s confidence is "Speculative"'],
      [3, 'Parameters', '60000', 'read as an estimate: Epoch AI\'s confidence is "Likely"'],
    ]);
  });

  it('a "Confident" row gets no confidence remark', () => {
    expect(file().problems.filter((p) => p.row === 1 && p.kind === 'confidence')).toEqual([]);
  });

  it('a size written as an estimate in a "Speculative" row is not remarked as newly estimated', () => {
    const t = importFile(rows('GPT-4,OpenAI,,~1.7e12,2.1e+25, Speculative ,'));
    expect(t.models[0]?.parameters).toMatchObject({ value: 1.7e12, raw: '~1.7e12', status: 'estimated' });
    expect(t.problems.filter((p) => p.kind === 'confidence').map((p) => [p.column, p.message])).toEqual([
      ['Training compute (FLOP)', 'read as an estimate: Epoch AI\'s confidence is "Speculative"'],
    ]);
  });
});

// docs/importing.md quotes the review's summary lines; this keeps the quotes and the code saying the same thing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_TEXT } from '../../../src/domain/import/problem-summary';
import type { CellProblem, ProblemKind } from '../../../src/domain/problems';

const docs = readFileSync(join(__dirname, '../../../docs/importing.md'), 'utf8');

/** The count, column and severity each kind's example line in the docs was written with. */
const EXAMPLE: Record<ProblemKind, [number, string, CellProblem['severity']]> = {
  'not-a-number': [1, 'MMLU', 'error'], negative: [1, 'Parameters', 'error'], 'out-of-range': [1, 'MMLU', 'error'],
  'exponent-and-suffix': [1, 'Parameters', 'error'], 'range-text': [1, 'Parameters', 'error'], 'decimal-mark': [1, 'Parameters', 'error'],
  'expert-layout': [1, 'Parameters', 'error'], 'too-small': [1, 'Parameters', 'error'], 'unknown-tier': [1, 'Inference cost tier', 'error'],
  'no-name': [1, 'Model name', 'error'], 'invalid-field': [1, 'mmlu_value', 'error'], quote: [1, 'Row', 'error'],
  'extra-cells': [1, 'Row', 'error'], 'missing-cells': [1, 'Row', 'error'], bound: [1, 'Parameters', 'warning'],
  uncertain: [1, 'Parameters', 'warning'], scale: [1, 'MMLU', 'warning'], 'duplicate-id': [1, 'id', 'warning'],
  'ignored-column': [1, '"derived_pareto"', 'warning'], 'not-run': [582, 'GSM8K', 'warning'], 'size-not-given': [624, 'Parameters', 'warning'],
  'zero-size': [1, 'Parameters', 'warning'], 'zero-score': [1, 'MMLU', 'warning'],
  confidence: [3, 'Training compute (FLOP)', 'warning'], 'tiny-flop': [1, 'Training compute (FLOP)', 'warning'], 'blank-line': [1, 'Row', 'warning'],
};

describe('docs/importing.md', () => {
  it.each(Object.entries(EXAMPLE) as [ProblemKind, [number, string, CellProblem['severity']]][])('quotes the summary line of %s as the review writes it', (kind, [n, column, severity]) => {
    expect(docs).toContain(`| \`${kind}\` |`);
    expect(docs).toContain(KIND_TEXT[kind].summary(n, column, severity));
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartDerivation } from '../../../src/domain/chart/derive';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { FIELDS } from '../../../src/domain/fields';
import type { ModelRecord } from '../../../src/domain/model';
import type { ChartView } from '../../../src/domain/view-state';
import { ChartTooltip } from '../../../src/features/charts/ChartTooltip';

const article = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const view = (x: ChartView['x'], y: ChartView['y']): ChartView => ({ x, y, logX: false, logY: false, showFrontier: true, flipX: false, flipY: false });

function tip(models: readonly ModelRecord[], v: ChartView, name: string) {
  const { points } = new ChartDerivation(models, v).plot;
  const point = points.toArray().find((p) => p.model.name === name)!;
  return render(<ChartTooltip point={point} x={FIELDS[v.x]} y={FIELDS[v.y]} dominatedBy={undefined} onFrontier={false} left={0} top={0} />).container;
}

describe('a point\'s tooltip', () => {
  it('gives a priced model\'s price per million tokens beside its cost tier, even when the tier is on neither axis', () => {
    const box = tip(article, view('mmlu', 'gsm8k'), 'GPT-4');
    expect(box).toHaveTextContent('Inference cost: High');
    expect(box).toHaveTextContent('Price per million tokens: $30 input, $60 output, $37.5 blended (3 input : 1 output)');
    expect(box).toHaveTextContent('LiteLLM');
  });

  it('puts the price under the tier\'s own block when the tier is an axis, once', () => {
    const box = tip(article, view('costTier', 'mmlu'), 'GPT-4');
    expect(box.textContent!.match(/Price per million tokens/g)).toHaveLength(1);
    expect(box.querySelectorAll('.tt-field')).toHaveLength(2);
  });

  it('says nothing of price for a model without one', () => {
    const box = tip(article, view('mmlu', 'gsm8k'), 'Gemma');
    expect(box).not.toHaveTextContent(/price/i);
    expect(box.querySelectorAll('.tt-field')).toHaveLength(2);
  });

  it('names a highlighted model\'s group', () => {
    const marked = article.map((m) => ({ ...m, highlight: 'The Great GPU Race (2025)' }));
    tip(marked, view('mmlu', 'gsm8k'), 'Qwen');
    expect(screen.getByText('The Great GPU Race (2025)')).toHaveClass('tt-group');
  });
});

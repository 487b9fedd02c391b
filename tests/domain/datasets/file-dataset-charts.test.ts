import { describe, expect, it } from 'vitest';
import { ChartDerivation } from '../../../src/domain/chart/derive';
import { defaultCharts } from '../../../src/domain/chart/default-charts';
import { FILE_DATASET_CHARTS } from '../../../src/domain/datasets/file-dataset-charts';
import { builtInModels } from './shipped';

describe('the charts a file dataset opens on before its file arrives', () => {
  it.each(Object.keys(FILE_DATASET_CHARTS))('%s: are the ones chosen from its shipped file', (id) => {
    expect(FILE_DATASET_CHARTS[id]).toEqual(defaultCharts(builtInModels(id).models));
  });

  it('Epoch AI\'s language models, which have no benchmark scores, open on size and compute over time', () => {
    const { models } = builtInModels('epoch-language');
    const charts = FILE_DATASET_CHARTS['epoch-language']!;
    expect(charts.map((c) => `${c.y} by ${c.x}`)).toEqual(['parameters by releaseDate', 'trainingCompute by releaseDate', 'parameters by trainingCompute']);
    // Two costs and no score: a frontier would only crown the smallest, earliest models.
    expect(charts.map((c) => c.showFrontier)).toEqual([false, false, false]);
    expect(FILE_DATASET_CHARTS['open-llm-leaderboard']!.map((c) => c.showFrontier)).toEqual([true, true, true]);
    // Each plots a good share of the 392 models (size is the sparsest field: Epoch gives it for most, not all).
    for (const c of charts) expect(new ChartDerivation(models, c).plot.points.length).toBeGreaterThan(models.length / 3);
  });
});

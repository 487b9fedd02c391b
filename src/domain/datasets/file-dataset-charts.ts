// The charts each dataset built from a data file opens on, written out so that a link can open on them before the
// file has arrived; a test checks they are what defaultCharts chooses from the shipped file.
import type { ChartView } from '../view-state';

const chart = (x: ChartView['x'], y: ChartView['y'], logX: boolean, logY: boolean, showFrontier = true): ChartView =>
  ({ x, y, logX, logY, showFrontier, flipX: false, flipY: false });

const LEADERBOARD_CHARTS = [chart('parameters', 'mmlu', true, false), chart('mmlu', 'arc', false, false), chart('submissionDate', 'mmlu', false, false)];

export const FILE_DATASET_CHARTS: Readonly<Record<string, readonly ChartView[]>> = {
  'open-llm-leaderboard': LEADERBOARD_CHARTS,
  'leaderboard-and-article': LEADERBOARD_CHARTS,
  // Size and compute are both costs: no frontier (see defaultCharts).
  'epoch-language': [
    chart('releaseDate', 'parameters', false, true, false), chart('releaseDate', 'trainingCompute', false, true, false),
    chart('trainingCompute', 'parameters', true, true, false),
  ],
};

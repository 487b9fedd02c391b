import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { DatasetNotice } from '../../../src/features/dataset-picker/DatasetNotice';
import { DatasetSelect } from '../../../src/features/dataset-picker/DatasetSelect';
import { useAppStore } from '../../../src/store/store';

const LABEL = 'Open LLM Leaderboard v1 (archived 2024)';
const standIn = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('dataset');
  return { ...r.dataset, id: 'open-llm-leaderboard', label: LABEL, notes: ['One row per model: folded.', 'A 0 means not run.'] };
})();

function renderPicker() {
  render(<><DatasetSelect /><DatasetNotice /></>);
}

describe('the Dataset picker with a file on its way', () => {
  it('shows the chosen dataset, a named progress bar and a status line, and the open data\'s description meanwhile', async () => {
    renderPicker();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), LABEL);
    act(() => {
      useAppStore.getState().fileLoading('open-llm-leaderboard-v1');
      useAppStore.getState().fileProgress('open-llm-leaderboard-v1', { received: 102_400, total: 204_800 });
    });
    expect(screen.getByRole('combobox', { name: 'Dataset' })).toHaveValue('open-llm-leaderboard');
    expect(screen.getByRole('status')).toHaveTextContent(`Loading “${LABEL}”… The data already open stays open until it has loaded.`);
    expect(screen.getByRole('progressbar', { name: `Download of “${LABEL}”` })).toHaveAttribute('value', '0.5');
    expect(screen.getByText('100 kB of 200 kB')).toBeInTheDocument();
    expect(screen.getByText(/The six-model table/)).toBeInTheDocument();
  });

  it('on failure says why, shows the open dataset in the select, and retries or keeps the current data', async () => {
    renderPicker();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), LABEL);
    act(() => useAppStore.getState().fileFailed('open-llm-leaderboard-v1', 'the server answered 503'));
    expect(screen.getByRole('alert')).toHaveTextContent(`Could not load “${LABEL}”: the server answered 503. The data already open stays open.`);
    expect(screen.getByRole('combobox', { name: 'Dataset' })).toHaveValue('great-gpu-race');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(useAppStore.getState().dataFiles['open-llm-leaderboard-v1']).toBeUndefined();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useAppStore.getState().pendingDatasetId).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('once loaded, opens the dataset and lists its notes under "About this dataset"', async () => {
    renderPicker();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), LABEL);
    act(() => useAppStore.getState().fileLoaded('open-llm-leaderboard-v1', standIn));
    expect(useAppStore.getState().datasetId).toBe('open-llm-leaderboard');
    await userEvent.click(screen.getByText('About this dataset: 2 notes on how it was read'));
    expect(screen.getByText('One row per model: folded.')).toBeVisible();
  });
});

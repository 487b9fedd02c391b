import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import type { UserDataset } from '../../../src/domain/datasets/user-data';
import { ChartsGrid } from '../../../src/features/charts/ChartsGrid';
import { ModelsTable } from '../../../src/features/models-table/ModelsTable';
import { useAppStore } from '../../../src/store/store';

const extended = (() => {
  const r = loadBuiltInDataset('extended');
  if (!r.ok) throw new Error('built-in dataset failed to load');
  return r.dataset.models;
})();

const saved: UserDataset = {
  id: 'user-1', label: 'Imported: mine.csv', fileName: 'mine.csv', importedAt: '2026-11-27T00:00:00.000Z',
  models: extended.slice(0, 9).map((m, i) => ({ ...m, id: `mine-${i}` })),
};

describe('opening on data imported earlier', () => {
  it('draws no charts or rows until the saved data is read, then draws it', () => {
    useAppStore.setState({ datasetId: 'user-1', userDataReady: false });
    render(<><ChartsGrid /><ModelsTable /></>);
    expect(screen.getByRole('region', { name: 'Charts' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Models' })).toBeNull();

    act(() => useAppStore.getState().hydrateUserData({ userDatasets: [saved], merges: [] }));
    expect(screen.getAllByRole('figure')).toHaveLength(3);
    expect(within(screen.getByRole('table', { name: 'Models' })).getAllByRole('row')).toHaveLength(10);
  });

  it('draws data imported before storage has answered at once', () => {
    useAppStore.setState({ userDataReady: false });
    useAppStore.getState().applyImport({ fileName: 'mine.csv', models: saved.models, mode: 'replace' });
    render(<><ChartsGrid /><ModelsTable /></>);
    expect(screen.getAllByRole('figure')).toHaveLength(3);
    expect(within(screen.getByRole('table', { name: 'Models' })).getAllByRole('row')).toHaveLength(10);
  });
});

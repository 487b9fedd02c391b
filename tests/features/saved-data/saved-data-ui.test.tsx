import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppBoundary } from '../../../src/app/AppBoundary';
import { loadBuiltInDataset } from '../../../src/domain/datasets';
import { DatasetSelect } from '../../../src/features/dataset-picker/DatasetSelect';
import { DamagedNotice } from '../../../src/features/saved-data/DamagedNotice';
import { SaveStatus } from '../../../src/features/saved-data/SaveStatus';
import { UndoBar } from '../../../src/features/saved-data/UndoBar';
import { CopyLink } from '../../../src/features/share/CopyLink';
import { useAppStore } from '../../../src/store/store';

const models = (() => {
  const r = loadBuiltInDataset('great-gpu-race');
  if (!r.ok) throw new Error('dataset');
  return r.dataset.models;
})();
const state = () => useAppStore.getState();

describe('removing a dataset from the picker', () => {
  it('asks with the dataset’s name and rows, removes only it, and offers "Undo remove"', async () => {
    const user = userEvent.setup();
    state().applyImport({ fileName: 'keep.csv', models: models.slice(0, 1), mode: 'replace' });
    state().applyImport({ fileName: 'drop.csv', models: models.slice(0, 2), mode: 'replace' });
    render(<><DatasetSelect /><UndoBar /></>);
    await user.click(screen.getByRole('button', { name: 'Remove…' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “Imported: drop.csv”?' });
    expect(dialog).toHaveAccessibleDescription(/^Its 2 rows will be deleted from this browser\./);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(state().userDatasets).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Remove…' }));
    await user.click(screen.getByRole('button', { name: 'Remove dataset' }));
    expect(state().userDatasets.map((d) => d.fileName)).toEqual(['keep.csv']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText(/Removed “Imported: drop\.csv” \(2 rows\)\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo remove' }));
    expect(state().userDatasets.map((d) => d.fileName)).toEqual(['keep.csv', 'drop.csv']);
  });

  it('offers no "Remove…" for built-in data with nothing imported into it', () => {
    render(<DatasetSelect />);
    expect(screen.queryByRole('button', { name: 'Remove…' })).toBeNull();
  });
});

describe('damaged saved data', () => {
  it('names each record with its reason, and removes them only on request', async () => {
    const onRemove = vi.fn();
    useAppStore.setState({ damagedRecords: [{ key: 'k1', name: 'bad.csv', reason: 'label should be text, found an object' }] });
    render(<DamagedNotice onRemove={onRemove} />);
    const notice = screen.getByRole('region', { name: /One saved record of your imported data could not be read/ });
    expect(notice).toHaveTextContent('“bad.csv”: label should be text, found an object.');
    expect(onRemove).not.toHaveBeenCalled();
    const button = within(notice).getByRole('button', { name: 'Remove damaged data' });
    expect(button).toHaveAccessibleDescription(/bad\.csv/);
    await userEvent.click(button);
    expect(onRemove).toHaveBeenCalledOnce();
  });
});

describe('saving status', () => {
  it('says "Not saved in this browser" with the reason until a save succeeds', async () => {
    const onSaveAgain = vi.fn();
    useAppStore.setState({ userDataUnsaved: "this site's storage in the browser is full" });
    const { rerender } = render(<SaveStatus onSaveAgain={onSaveAgain} />);
    expect(screen.getByText('Not saved in this browser')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save again' }));
    expect(onSaveAgain).toHaveBeenCalledOnce();
    useAppStore.setState({ userDataUnsaved: null });
    rerender(<SaveStatus onSaveAgain={onSaveAgain} />);
    expect(screen.queryByText('Not saved in this browser')).toBeNull();
  });

  it('says why "Undo import" will not outlast the page when it could not be saved', () => {
    state().applyImport({ fileName: 'a.csv', models: models.slice(0, 1), mode: 'replace' });
    state().setUndoNotKept("this site's storage in the browser is full");
    render(<UndoBar />);
    expect(screen.getByRole('button', { name: 'Undo import' })).toHaveAccessibleDescription(/Only until you leave this page: this site's storage in the browser is full\./);
  });
});

describe('Copy link', () => {
  it('warns before copying a link to imported data, and copies nothing if cancelled', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    state().applyImport({ fileName: 'mine.csv', models: models.slice(0, 1), mode: 'replace' });
    render(<CopyLink />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('dialog', { name: 'This link shows your imported data only in this browser' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(writeText).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await user.click(screen.getByRole('button', { name: 'Copy link anyway' }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(await screen.findByText('Link copied: it shows your imported data only in this browser')).toBeInTheDocument();
  });
});

describe('the app-wide error screen', () => {
  function Fragile() {
    if (useAppStore((s) => s.theme) === 'dark') throw new Error('drawing failed');
    return <p>drawn</p>;
  }

  it('catches a crash anywhere in the shell and recovers through the action offered', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onClearSettings = vi.fn(() => state().setTheme('system'));
    const onOpenBuiltIn = vi.fn();
    state().setTheme('dark');
    render(<AppBoundary onOpenBuiltIn={onOpenBuiltIn} onClearSettings={onClearSettings}><Fragile /></AppBoundary>);
    expect(screen.getByRole('alert')).toHaveTextContent(/The page hit an error.*drawing failed.*nothing was deleted/);
    expect(screen.getByRole('button', { name: 'Open the built-in data' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear saved settings' }));
    expect(onClearSettings).toHaveBeenCalledOnce();
    expect(onOpenBuiltIn).not.toHaveBeenCalled();
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });
});

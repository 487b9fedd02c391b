import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ImportControls } from '../../../src/features/data-import/ImportControls';

describe('Import data', () => {
  it('opens at once, without a loading step, once the importer was fetched in the background', async () => {
    // jsdom has no Worker; the dialog starts one when it opens.
    vi.stubGlobal('Worker', class FakeWorker { postMessage() {} terminate() {} addEventListener() {} });
    // jsdom has no requestIdleCallback: the background fetch falls back to a 2 s timer.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    render(<ImportControls />);
    await act(async () => {
      vi.advanceTimersByTime(2000);
    });
    vi.useRealTimers();
    // The dialog's module was requested by the prefetch: wait until it has arrived.
    await vi.dynamicImportSettled();
    await userEvent.click(screen.getByRole('button', { name: 'Import data' }));
    expect(screen.queryByText('Loading the importer…')).toBeNull();
    expect(screen.getByLabelText('Data file')).toBeInTheDocument();
    vi.unstubAllGlobals();
  });
});

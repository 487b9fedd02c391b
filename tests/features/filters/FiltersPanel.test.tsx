import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { useAppStore } from '../../../src/store/store';

const count = () => document.querySelector('.count-line output')?.textContent ?? '';
const rows = () => within(screen.getByRole('table', { name: 'Models' })).getAllByRole('row').slice(1);

describe('filters', () => {
  it('lists the tiers present, in tier order, with counts', () => {
    render(<App />);
    const group = screen.getByRole('group', { name: 'Inference cost' });
    expect(within(group).getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual([
      'Lowest (1)', 'Very Low (1)', 'Medium-Low (1)', 'Medium (1)', 'High (2)',
    ]);
  });

  it('keeps "Showing N of M" true as filters combine, and gives every reason a model is out, with counts', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(count()).toBe('Showing 6 of 6 models');
    // Mid (15–100B): DeepSeek and Qwen are in; GPT-4 and the 7B models are out by size, Claude 3 Opus for its
    // undisclosed size, unless asked for.
    await user.click(screen.getByRole('button', { name: 'Mid (15–100B)' }));
    expect(count()).toBe('Showing 2 of 6 models · Out: 3 by size, 1 of undisclosed size');
    await user.click(screen.getByRole('checkbox', { name: 'Include undisclosed size' }));
    expect(count()).toBe('Showing 3 of 6 models · Out: 3 by size');
    // The table follows once the count line has painted.
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  it('narrows to a search on top of a size filter, and Reset brings every model back', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Mid (15–100B)' }));
    expect(count()).toBe('Showing 2 of 6 models · Out: 3 by size, 1 of undisclosed size');
    // Pasted in one input event: typing it key by key re-renders the whole app per letter, which is not what is tested.
    await user.click(screen.getByRole('searchbox', { name: 'Search models' }));
    await user.paste('qwen');
    // Each model counts once, under the first filter it fails; the search comes first.
    expect(count()).toBe('Showing 1 of 6 models · Out: 5 by search');
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(count()).toBe('Showing 6 of 6 models');
    expect(screen.getByRole('searchbox', { name: 'Search models' })).toHaveValue('');
  });

  it('names both slider thumbs and prints the range', () => {
    useAppStore.getState().setParamRange(7e9, 100e9);
    render(<App />);
    expect(screen.getByRole('slider', { name: 'Minimum parameters' })).toHaveAttribute('aria-valuetext', '7B');
    expect(screen.getByRole('slider', { name: 'Maximum parameters' })).toHaveAttribute('aria-valuetext', '100B');
    expect(screen.getByText('7B – 100B')).toBeInTheDocument();
  });

  it('moves the focused thumb on Home and End, and keeps focus on it', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setParamRange(7e9, 100e9);
    render(<App />);
    const min = screen.getByRole('slider', { name: 'Minimum parameters' });
    const max = screen.getByRole('slider', { name: 'Maximum parameters' });
    max.focus();
    await user.keyboard('{Home}');
    expect(max).toHaveFocus();
    expect(max).toHaveAttribute('aria-valuetext', '7B');
    expect(min).toHaveAttribute('aria-valuetext', '7B');
    await user.keyboard('{End}');
    expect(max).toHaveAttribute('aria-valuetext', 'no maximum');
    min.focus();
    await user.keyboard('{End}');
    expect(min).toHaveFocus();
    expect(min).toHaveAttribute('aria-valuetext', '2T');
    await user.keyboard('{Home}');
    expect(min).toHaveAttribute('aria-valuetext', 'no minimum');
    expect(screen.getByText('All sizes', { selector: '.range-readout' })).toBeInTheDocument();
  });

  it('shows the Pareto-optimal column for the active chart over visible models only', async () => {
    const user = userEvent.setup();
    render(<App />);
    const header = screen.getByRole('columnheader', { name: /Pareto-optimal \(MMLU vs parameters\)/ });
    const col = [...header.parentElement!.children].indexOf(header);
    const paretoOf = (name: string) => rows().find((r) => r.textContent?.includes(name))!.children[col]!.textContent;
    expect(['GPT-4', 'DeepSeek', 'Gemma'].map(paretoOf)).toEqual(['Yes', 'Yes', 'Yes']);
    expect(paretoOf('Qwen')).toBe('No');
    await user.click(screen.getByRole('checkbox', { name: 'Show DeepSeek' }));
    await waitFor(() => expect(paretoOf('DeepSeek')).toBe('—'));
    expect(paretoOf('Qwen')).toBe('Yes');
  });
});

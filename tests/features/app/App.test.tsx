import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';

describe('App on the built-in data', () => {
  afterEach(() => {
    // No panel may have fallen back to its error boundary during a test.
    expect(screen.queryByText(/panel hit an error/)).toBeNull();
  });

  it('shows the six article models in the "Models" table', () => {
    render(<App />);
    const table = screen.getByRole('table', { name: 'Models' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    expect(within(rows[0]!).getByText('~1.7T')).toBeInTheDocument();
    expect(within(rows[0]!).getAllByLabelText('estimated').length).toBeGreaterThan(0);
    expect(within(within(rows[1]!).getAllByRole('cell')[3]!).getByText('Undisclosed')).toBeVisible();
  });

  it('plots five points on "MMLU vs parameters" and lists Claude 3 Opus as not plotted', async () => {
    render(<App />);
    // The charts are a chunk of their own: they arrive after the shell.
    const figure = await screen.findByRole('figure', { name: 'MMLU vs parameters' });
    const points = within(figure).getAllByRole('option', { name: /^(GPT-4|DeepSeek|Qwen|Gemma|Mistral Small) — / });
    expect(points).toHaveLength(5);
    expect(within(figure).getByRole('option', { name: 'GPT-4 — parameters ~1.7T (estimated), MMLU 86.4%' })).toBeInTheDocument();
    expect(figure).toHaveTextContent('Not plotted: 1 model (1 with parameters undisclosed): Claude 3 Opus.');
  });

  it('sorts by parsed value with undisclosed sizes last in both directions', async () => {
    const user = userEvent.setup();
    render(<App />);
    const table = screen.getByRole('table', { name: 'Models' });
    const button = within(table).getByRole('button', { name: /Parameters/ });
    // Each row's model, as its show/hide checkbox names it.
    const names = () => within(table).getAllByRole('checkbox', { name: /^Show / }).map((c) => c.getAttribute('aria-label')!.slice('Show '.length));
    await user.click(button);
    const first = names();
    expect(first.at(-1)).toBe('Claude 3 Opus');
    await user.click(button);
    const second = names();
    expect(second.at(-1)).toBe('Claude 3 Opus');
    expect(second[0]).not.toBe(first[0]);
    expect(new Set([first[0], second[0]])).toEqual(new Set(['GPT-4', 'Gemma']));
  });

  it('switches to the extended dataset from the "Dataset" select', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Dataset'), 'Extended (27 models)');
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Models' })).getAllByRole('row')).toHaveLength(28));
  });
});

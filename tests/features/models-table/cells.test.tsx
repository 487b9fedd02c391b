import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { describeLines } from '../../../src/components/ui/ValueTip';
import { ModelsTable } from '../../../src/features/models-table/ModelsTable';
import { table } from './helpers';

/** The span showing GPT-4's estimated size (its cell's text starts with it). */
const gpt4Size = () => within(table()).getByText('~1.7T').closest('.has-tip')!;
const tooltipBox = () => document.querySelector('.tip');

describe('table cell tooltips', () => {
  it('describe a value to assistive technology from the start, with no tooltip box drawn and no Tab stop of its own', () => {
    render(<ModelsTable />);
    expect(gpt4Size().tagName).toBe('SPAN');
    expect(gpt4Size()).toHaveAccessibleDescription(/^Published: ~1\.7T \(est\.\)\. Status: estimated\./);
    expect(tooltipBox()).toBeNull();
    const undisclosed = within(table()).getByText('Undisclosed').closest('.has-tip')!;
    expect(undisclosed).toHaveAccessibleDescription(/^Published: Undisclosed\. Status: undisclosed\./);
  });

  it('show the tooltip on hover', () => {
    render(<ModelsTable />);
    fireEvent.mouseEnter(gpt4Size());
    expect(tooltipBox()).toHaveTextContent('Published: ~1.7T (est.).');
    fireEvent.mouseLeave(gpt4Size());
    expect(tooltipBox()).toBeNull();
  });

  it('say that a derived metric was computed, from what, and whether an input was an estimate', () => {
    render(<ModelsTable />);
    const perB = (name: string) => {
      const row = within(table()).getByRole('checkbox', { name: `Show ${name}` }).closest('tr')!;
      const column = within(table()).getAllByRole('columnheader').findIndex((h) => h.textContent?.startsWith('MMLU per B params'));
      return row.children[column]!.querySelector('.has-tip')!;
    };
    expect(perB('Qwen')).toHaveAccessibleDescription('Computed: 1.07. Inputs: reported. How: computed from the score and the parameter count.');
    expect(perB('GPT-4')).toHaveAccessibleDescription(/^Computed: 0\.05\. Inputs: one or more estimated\./);
    expect(perB('Claude 3 Opus')).toHaveAccessibleDescription('Not computed: needs the score and the parameter count.');
  });
});

describe('a row\'s notes', () => {
  it('are one button per row (with the show/hide box, two Tab stops a row), not one per value', () => {
    render(<ModelsTable />);
    const row = within(table()).getByRole('checkbox', { name: 'Show GPT-4' }).closest('tr')!;
    const stops = [...row.querySelectorAll('button, input, [tabindex]')].filter((el) => el.getAttribute('tabindex') !== '-1');
    expect(stops.map((el) => el.getAttribute('aria-label'))).toEqual(['Show GPT-4', 'GPT-4: values, notes and sources']);
  });

  it('open every value\'s published text, status, note and source, and the model\'s sources, and close with Escape', async () => {
    const user = userEvent.setup();
    render(<ModelsTable />);
    const button = screen.getByRole('button', { name: 'Gemma: values, notes and sources' });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Gemma — values, notes and sources' });
    expect(dialog).toHaveTextContent('The article\'s row is Gemma 7B');
    expect(dialog).toHaveTextContent('Parameters: 7B');
    expect(dialog).toHaveTextContent('Marketed as 7B; 8.54B including embeddings');
    expect(dialog).toHaveTextContent('GSM8K: 52.8%');
    expect(dialog).toHaveTextContent(/Sources: The Great GPU Race/);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });
});

describe('describeLines', () => {
  it('ends each part once, and leaves out what is empty', () => {
    expect(describeLines([['Published', '70B'], ['Note', 'Rounded by the source.'], ['Source', undefined]]))
      .toBe('Published: 70B. Note: Rounded by the source.');
  });
});

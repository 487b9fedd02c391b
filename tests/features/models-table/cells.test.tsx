import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeLines } from '../../../src/components/ui/ValueTip';
import { ModelsTable } from '../../../src/features/models-table/ModelsTable';
import { table } from './helpers';

/** The table cell (a button, since estimates take focus) showing GPT-4's estimated size. */
const gpt4Size = () => screen.getByRole('button', { name: /^~1\.7T/ });
const tooltipBox = () => document.querySelector('.tip');

describe('table cell tooltips', () => {
  it('describe a value to assistive technology from the start, with no tooltip box drawn', () => {
    render(<ModelsTable />);
    expect(gpt4Size()).toHaveAccessibleName(/^~1\.7T ?estimated$/);
    expect(gpt4Size()).toHaveAccessibleDescription(/^Published: ~1\.7T \(est\.\)\. Status: estimated\./);
    expect(tooltipBox()).toBeNull();
    // An undisclosed value is described too, without being a tab stop.
    const undisclosed = within(table()).getByText('Undisclosed').closest('.has-tip')!;
    expect(undisclosed.tagName).toBe('SPAN');
    expect(undisclosed).toHaveAccessibleDescription(/^Published: Undisclosed\. Status: undisclosed\./);
  });

  it('show the tooltip on hover and focus, and Escape dismisses it; the name stays the value', () => {
    render(<ModelsTable />);
    fireEvent.mouseEnter(gpt4Size());
    expect(tooltipBox()).toHaveTextContent('Published: ~1.7T (est.).');
    expect(gpt4Size()).toHaveAccessibleName(/^~1\.7T ?estimated$/);
    fireEvent.mouseLeave(gpt4Size());
    expect(tooltipBox()).toBeNull();
    fireEvent.focus(gpt4Size());
    expect(tooltipBox()).not.toBeNull();
    fireEvent.keyDown(gpt4Size(), { key: 'Escape' });
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

  it('name a model\'s sources', () => {
    render(<ModelsTable />);
    const name = within(table()).getByText('Gemma').closest('.has-tip')!;
    expect(name).toHaveAccessibleDescription(/Sources: The Great GPU Race/);
  });
});

describe('describeLines', () => {
  it('ends each part once, and leaves out what is empty', () => {
    expect(describeLines([['Published', '70B'], ['Note', 'Rounded by the source.'], ['Source', undefined]]))
      .toBe('Published: 70B. Note: Rounded by the source.');
  });
});

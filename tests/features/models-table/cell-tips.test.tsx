import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelsTable } from '../../../src/features/models-table/ModelsTable';
import { describePairs } from '../../../src/features/models-table/cell-dom';
import { resetStore } from '../../../src/store/store';

/** The table cell (a button, since estimates take focus) showing GPT-4's estimated size. */
const gpt4Size = () => screen.getByRole('button', { name: /^~1\.7T/ });

describe('table cell tooltips', () => {
  afterEach(() => resetStore());

  it('describe a value to assistive technology from the start, with no tooltip built', () => {
    const { container } = render(<ModelsTable />);
    const cell = gpt4Size();
    expect(cell).toHaveAccessibleDescription(/^Published: ~1\.7T \(est\.\)\. Status: estimated\./);
    expect(container.querySelector('.tip')).toBeNull();
    // An undisclosed value is described too, without being a tab stop.
    const undisclosed = [...container.querySelectorAll<HTMLElement>('span.has-tip')].find((el) => el.textContent?.startsWith('Undisclosed'));
    expect(undisclosed).toBeDefined();
    expect(undisclosed).toHaveAccessibleDescription(/^Published: Undisclosed\. Status: undisclosed\./);
  });

  it('show the styled tooltip on hover and focus, and Escape dismisses it', () => {
    const { container } = render(<ModelsTable />);
    const cell = gpt4Size();
    fireEvent.mouseEnter(cell);
    const tip = container.querySelector('.tip');
    expect(tip).not.toBeNull();
    expect(tip).toHaveTextContent('Published: ~1.7T (est.)');
    expect(tip).toHaveAttribute('aria-hidden', 'true'); // the description already says it
    fireEvent.mouseLeave(cell);
    expect(container.querySelector('.tip')).toBeNull();
    fireEvent.focus(cell);
    expect(container.querySelector('.tip')).not.toBeNull();
    fireEvent.keyDown(cell, { key: 'Escape' });
    expect(container.querySelector('.tip')).toBeNull();
  });

  it('say that a derived metric was computed, from what, and whether an input was an estimate', () => {
    render(<ModelsTable />);
    const table = screen.getByRole('table', { name: 'Models' });
    const perB = (name: string) => {
      const row = within(table).getByRole('checkbox', { name: `Show ${name}` }).closest('tr')!;
      const column = within(table).getAllByRole('columnheader').findIndex((h) => h.textContent?.startsWith('MMLU per B params'));
      return row.children[column]!.querySelector('.has-tip')!;
    };
    expect(perB('Qwen')).toHaveAccessibleDescription('Computed: 1.07. Inputs: reported. How: computed from the score and the parameter count.');
    expect(perB('GPT-4')).toHaveAccessibleDescription(/^Computed: 0\.05\. Inputs: one or more estimated\./);
    expect(perB('Claude 3 Opus')).toHaveAccessibleDescription('Not computed: needs the score and the parameter count.');
  });

  it('open nothing for rows passing under a still pointer while the table scrolls', () => {
    const { container } = render(<ModelsTable />);
    fireEvent.scroll(container.querySelector('.table-scroll')!);
    fireEvent.mouseEnter(gpt4Size());
    expect(container.querySelector('.tip')).toBeNull();
  });
});

describe('describePairs', () => {
  it('ends each part once, and leaves out what is empty', () => {
    expect(describePairs([['Published', '70B'], ['Note', 'Rounded by the source.'], ['Source', undefined]]))
      .toBe('Published: 70B. Note: Rounded by the source.');
  });
});

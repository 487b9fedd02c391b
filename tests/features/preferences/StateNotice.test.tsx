import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { StateNotice } from '../../../src/features/preferences/StateNotice';
import { useAppStore } from '../../../src/store/store';

afterEach(() => useAppStore.setState({ notices: [] }));

function Page() {
  return (
    <>
      <StateNotice />
      <main><button type="button">First control</button></main>
    </>
  );
}

describe('dismissing a notice from the keyboard', () => {
  it('moves focus to the next notice, then to the one left, then into the page', async () => {
    useAppStore.setState({ notices: [{ id: 1, text: 'one' }, { id: 2, text: 'two' }, { id: 3, text: 'three' }] });
    render(<Page />);
    const user = userEvent.setup();
    const buttons = () => screen.getAllByRole('button', { name: 'Dismiss notice' });
    buttons()[0]!.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('one')).toBeNull();
    expect(document.activeElement).toBe(buttons()[0]); // now "two"'s
    expect(buttons()[0]!.previousElementSibling).toHaveTextContent('two');
    buttons()[1]!.focus(); // "three", the last
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(buttons()[0]);
    expect(buttons()[0]!.previousElementSibling).toHaveTextContent('two');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Dismiss notice' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'First control' }));
  });
});

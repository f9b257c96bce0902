import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../ui/testing/render';
import { FlowPicker } from './FlowPicker';
import { LAST_FLOW_KEY, useFlowSelection } from './last-used';

const NAMES = ['Visit', 'Delivery', 'Pickup', 'Delivery Express'];

function Harness({ names = NAMES }: { names?: string[] }) {
  const [selected, select] = useFlowSelection(names);
  return (
    <>
      <FlowPicker names={names} value={selected} onChange={select} />
      <p data-testid="chosen">{selected ?? 'none'}</p>
    </>
  );
}

function Controlled() {
  const [value, setValue] = useState<string | null>('Pickup');
  return <FlowPicker names={NAMES} value={value} onChange={setValue} />;
}

const combobox = () => screen.getByRole('combobox', { name: 'Flow' });
const optionNames = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('FlowPicker', () => {
  it('lists every flow when opened, and filters as the person types', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    await user.click(combobox());
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(optionNames()).toEqual(NAMES);
    await user.type(combobox(), 'deli');
    expect(optionNames()).toEqual(['Delivery', 'Delivery Express']);
    await user.click(screen.getByRole('option', { name: 'Delivery Express' }));
    expect(screen.getByTestId('chosen')).toHaveTextContent('Delivery Express');
    expect(combobox()).toHaveValue('Delivery Express');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    await user.type(combobox(), 'zzz');
    expect(optionNames()).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('No flow matches “zzz”.');
  });

  it('works with the keyboard: arrows move, Enter picks, Escape closes and restores', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Controlled />);
    await user.tab();
    expect(combobox()).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    // opens on the chosen flow
    const active = () => document.getElementById(combobox().getAttribute('aria-activedescendant') ?? '');
    expect(active()).toHaveTextContent('Pickup');
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveTextContent('Delivery Express');
    await user.keyboard('{ArrowUp}{ArrowUp}{Enter}');
    expect(combobox()).toHaveValue('Delivery');
    expect(screen.getByRole('listbox', { hidden: true })).not.toBeVisible();

    await user.keyboard('Vis');
    expect(optionNames()).toEqual(['Visit']);
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveValue('Delivery');
  });

  it('marks the chosen flow as selected', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Controlled />);
    await user.click(combobox());
    expect(screen.getByRole('option', { name: 'Pickup' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('option', { name: 'Visit' })).toHaveAttribute('aria-selected', 'false');
  });

  it('preselects the last flow used, and remembers a new pick', async () => {
    localStorage.setItem(LAST_FLOW_KEY, 'Pickup');
    const user = userEvent.setup();
    const { unmount } = renderWithProviders(<Harness />);
    expect(combobox()).toHaveValue('Pickup');
    await user.click(combobox());
    await user.click(screen.getByRole('option', { name: 'Visit' }));
    unmount();
    renderWithProviders(<Harness />);
    expect(combobox()).toHaveValue('Visit');
  });

  it('ignores a remembered flow that no longer exists', () => {
    localStorage.setItem(LAST_FLOW_KEY, 'Removed flow');
    renderWithProviders(<Harness />);
    expect(combobox()).toHaveValue('');
    expect(screen.getByTestId('chosen')).toHaveTextContent('none');
  });
});

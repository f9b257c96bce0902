import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LocationRenderProps } from './form-context';
import { answerCreate, everyKindFlow, renderTaskForm, setupTaskFormTests } from './testing';

setupTaskFormTests();

/** Stands in for the location feature's field: an input plus a "map click" button. */
function fakeLocation(seen: LocationRenderProps[]) {
  return vi.fn((p: LocationRenderProps) => {
    seen.push(p);
    return (
      <>
        <input
          id={p.id}
          ref={p.bindInput}
          value={p.value}
          onChange={(e) => p.onChange(e.target.value)}
          onBlur={p.onBlur}
        />
        <button type="button" onClick={() => p.onChange('-6.9,107.6')}>
          Pick on map
        </button>
      </>
    );
  });
}

describe('the location slot', () => {
  it('renders the location field the app passes in, with the chosen hub and the field title', async () => {
    const seen: LocationRenderProps[] = [];
    renderTaskForm(everyKindFlow, { renderLocation: fakeLocation(seen) });
    await waitFor(() => expect(seen.at(-1)?.hub).toEqual({ lat: -6.2, lng: 106.8, name: 'Jakarta' }));
    expect(seen.at(-1)).toMatchObject({
      label: 'Drop point',
      required: false,
      readOnly: false,
      invalid: false,
    });
    expect(screen.getByLabelText('Drop point')).toBe(document.getElementById(seen.at(-1)!.id));
  });

  it('sends what the location field sets', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    const seen: LocationRenderProps[] = [];
    const { onCreated } = renderTaskForm(everyKindFlow, { renderLocation: fakeLocation(seen) });
    await waitFor(() => expect(seen.at(-1)?.hub).toBeDefined());
    await user.type(screen.getByLabelText(/Customer name/), 'Jack');
    await user.click(screen.getByRole('checkbox', { name: 'Fragile' }));
    await user.click(screen.getByRole('button', { name: 'Pick on map' }));
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(bodies[0]).toHaveProperty('spot', '-6.9,107.6');
  });

  it('does not re-render the location field while another field is typed in', async () => {
    const user = userEvent.setup();
    const seen: LocationRenderProps[] = [];
    const render = fakeLocation(seen);
    renderTaskForm(everyKindFlow, { renderLocation: render });
    await waitFor(() => expect(seen.at(-1)?.hub).toBeDefined());
    const before = render.mock.calls.length;
    await user.type(screen.getByLabelText(/Customer name/), 'A long customer name');
    await user.type(screen.getByLabelText('COD amount'), '125000');
    expect(render.mock.calls.length).toBe(before);
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api, server } from '../../api/testing/msw';
import type { LocationRenderProps } from './form-context';
import { answerCreate, everyKindFlow, renderTaskForm, setupTaskFormTests } from './testing';

setupTaskFormTests();

const spot = () => screen.getByRole('textbox', { name: 'Drop point' });

async function fillTheRest(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/Customer name/), 'Jack');
  await user.click(screen.getByRole('checkbox', { name: 'Fragile' }));
}

/** The location feature's part, reduced to its layout: input, what the form puts below it, the map. */
function slot(p: LocationRenderProps) {
  return (
    <div>
      <input
        id={p.id}
        ref={p.bindInput}
        value={p.value}
        aria-invalid={p.invalid || undefined}
        aria-describedby={p.describedBy}
        onChange={(e) => p.onChange(e.target.value)}
        onBlur={(e) => {
          p.onCommit(e.target.value);
          p.onBlur();
        }}
      />
      {p.below}
      <div role="region" aria-label="map">
        <button type="button" onClick={() => p.onChange('-6.9,107.6')}>
          Pick on map
        </button>
      </div>
    </div>
  );
}

describe('the location field', () => {
  it('shows its error right under the input, described by it, before the map', async () => {
    const user = userEvent.setup();
    renderTaskForm(everyKindFlow, { renderLocation: slot });
    await user.type(spot(), '-6,2,106,8');
    await user.tab();
    const error = await screen.findByText(/Drop point must be a latitude/);
    expect(spot()).toHaveAttribute('aria-invalid', 'true');
    expect(spot()).toHaveAccessibleDescription(error.textContent ?? '');
    expect(spot().nextElementSibling).toBe(error);
    const map = screen.getByRole('region', { name: 'map' });
    expect(error.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('refuses what it cannot read with a message that shows the accepted forms', async () => {
    const user = userEvent.setup();
    renderTaskForm(everyKindFlow);
    await user.type(spot(), '-6,2,106,8');
    await user.tab();
    expect(await screen.findByText(/Drop point must be a latitude/)).toHaveTextContent(
      "written like “-6.2, 106.8”, “-6,2; 106,8” or “6°12'S 106°48'E”, or a Google Maps / OpenStreetMap link.",
    );
    expect(spot()).toHaveValue('-6,2,106,8');
  });

  it.each([
    ['-6,2; 106,8', '-6.2,106.8', 'Read as -6.2, 106.8 (latitude, longitude).'],
    [`6°12'S 106°48'E`, '-6.2,106.8', 'Read as -6.2, 106.8 (latitude, longitude).'],
    [
      '106.8, -6.2',
      '-6.2,106.8',
      'Read as -6.2, 106.8 (latitude, longitude): 106.8 cannot be a latitude, so the longitude was taken to come first.',
    ],
  ])('reads %s, says how, and sends the wire form', async (typed, wire, note) => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm(everyKindFlow);
    await fillTheRest(user);
    await user.type(spot(), typed);
    expect(screen.getByText(note)).toBeInTheDocument();
    await user.tab();
    expect(spot()).toHaveValue(wire);
    // the note stays after the text is tidied: the input no longer shows what was typed
    expect(spot()).toHaveAccessibleDescription(note);
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(bodies[0]).toHaveProperty('spot', wire);
  });

  it('says nothing about text already in wire form', async () => {
    const user = userEvent.setup();
    renderTaskForm(everyKindFlow);
    await user.type(spot(), '-6.2,106.8');
    await user.tab();
    expect(screen.queryByText(/Read as/)).not.toBeInTheDocument();
  });

  it('reads longitude first when only that is near the hub, says so, and sends it even on Enter', async () => {
    server.use(
      http.get(api('/hubs'), () =>
        HttpResponse.json({
          status: true,
          data: [{ _id: 'hub-ber', name: 'Berlin', lat: 52.52, lng: 13.4 }],
        }),
      ),
    );
    const user = userEvent.setup();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm(everyKindFlow);
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Hub/ })).toHaveValue('hub-ber'));
    await fillTheRest(user);
    await user.type(spot(), '13.41, 52.5');
    expect(
      screen.getByText(
        'Read as 52.5, 13.41 (latitude, longitude), longitude first: only in that order is it near the hub Berlin.',
      ),
    ).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(bodies[0]).toHaveProperty('spot', '52.5,13.41');
  });

  it('asks before sending 0,0, and sends it once confirmed', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm(everyKindFlow);
    await fillTheRest(user);
    await user.type(spot(), '0, 0');
    expect(screen.getByText(/0, 0 is in the sea off West Africa/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    const error = await screen.findByText(
      'Confirm Drop point: tick “The location really is 0, 0”, or correct it.',
    );
    expect(spot()).toHaveAccessibleDescription(expect.stringContaining(error.textContent ?? '') as string);
    expect(bodies).toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: 'The location really is 0, 0' }));
    await waitFor(() => expect(screen.queryByText(/Confirm Drop point/)).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(bodies[0]).toHaveProperty('spot', '0,0');
  });

  it('asks again when the location became something else and then 0,0 again', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    renderTaskForm(everyKindFlow, { renderLocation: slot });
    await fillTheRest(user);
    await user.type(spot(), '0,0');
    await user.click(screen.getByRole('checkbox', { name: 'The location really is 0, 0' }));
    await user.click(screen.getByRole('button', { name: 'Pick on map' }));
    await user.tripleClick(spot());
    await user.paste('0,0');
    expect(screen.getByRole('checkbox', { name: 'The location really is 0, 0' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(await screen.findByText(/Confirm Drop point/)).toBeInTheDocument();
    expect(bodies).toHaveLength(0);
  });
});

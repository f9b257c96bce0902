import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readCoordinates } from '../../flow/coordinates';
import { placesApi, server, setupMswServer, TEST_CONNECTION } from '../../api/testing/msw';
import { MONAS, placeSearch, placeSettings } from '../../api/testing/places';
import { renderWithProviders } from '../../ui/testing/render';
import { LocationField } from './LocationField';

vi.mock('./MapPicker', () => ({ MapPicker: () => <div role="region" aria-label="Drop point map" /> }));

/** The field as the form uses it: a commit puts the wire form of what it reads in the value. */
function Harness() {
  const [value, setValue] = useState('');
  return (
    <>
      <label htmlFor="spot">Drop point</label>
      <LocationField
        id="spot"
        label="Drop point"
        value={value}
        onChange={setValue}
        onCommit={(text) => {
          const r = readCoordinates(text);
          if (r.ok) setValue(r.wire);
        }}
        onBlur={() => {}}
      />
    </>
  );
}

const SHORT = 'https://maps.app.goo.gl/u8Dd7yqKXm2RvQmV9';
const coords = () => screen.getByRole('textbox', { name: 'Drop point' });

setupMswServer();
beforeEach(() => server.use(placeSettings()));

describe('a shared map link in the coordinates input', () => {
  it('is read by the server: "Reading the link…", then the coordinates it landed on', async () => {
    const asked: string[] = [];
    server.use(
      http.get(placesApi('/link'), async ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('url') ?? '');
        await delay(50);
        return HttpResponse.json({
          data: {
            url: 'https://www.google.com/maps/place/Monas/@-6.1753924,106.8271528,17z',
            lat: -6.1753924,
            lng: 106.8271528,
          },
          status: true,
        });
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { connection: TEST_CONNECTION });
    await user.click(coords());
    await user.paste(SHORT);
    expect(await screen.findByText('Reading the link…')).toHaveRole('status');
    expect(
      await screen.findByText('Location set from the link: -6.1753924,106.8271528.'),
    ).toBeInTheDocument();
    expect(coords()).toHaveValue('-6.1753924,106.8271528');
    expect(asked).toEqual([SHORT]);
  });

  it("shows the server's refusal at the field and keeps the link", async () => {
    server.use(
      http.get(placesApi('/link'), () =>
        HttpResponse.json(
          {
            status: false,
            failedCode: 'place-020',
            message: 'Only Google Maps and OpenStreetMap links can be read.',
          },
          { status: 422 },
        ),
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { connection: TEST_CONNECTION });
    await user.click(coords());
    await user.paste('https://example.com/where');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The link could not be read: Only Google Maps and OpenStreetMap links');
    expect(coords()).toHaveAccessibleDescription(/Only Google Maps and OpenStreetMap links/);
    expect(coords()).toHaveAttribute('aria-invalid', 'true');
    expect(coords()).toHaveValue('https://example.com/where');
  });
});

describe('a place name in the coordinates input', () => {
  it('offers to search for it, and moves it into the search', async () => {
    server.use(placeSearch([MONAS]));
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { connection: TEST_CONNECTION });
    await screen.findByRole('combobox', { name: 'Search address or place' });
    await user.type(coords(), 'Monas, Jakarta');
    await user.click(screen.getByRole('button', { name: 'Search for “Monas, Jakarta”' }));
    const box = screen.getByRole('combobox', { name: 'Search address or place' });
    expect(box).toHaveValue('Monas, Jakarta');
    expect(await screen.findByRole('option', { name: /Monas/ })).toBeInTheDocument();
    expect(box).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(coords()).toHaveValue('-6.1753924,106.8271528');
  });

  it('is not offered for coordinates or a link', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { connection: TEST_CONNECTION });
    await screen.findByRole('combobox', { name: 'Search address or place' });
    await user.type(coords(), "6°12'LS 106°48'BT");
    expect(screen.queryByRole('button', { name: /Search for/ })).not.toBeInTheDocument();
  });
});

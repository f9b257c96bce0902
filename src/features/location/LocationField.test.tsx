import { fireEvent, render as renderBare, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server, setupMswServer, TEST_CONNECTION } from '../../api/testing/msw';
import { placeSettings } from '../../api/testing/places';
import { readCoordinates, type LatLng } from '../../flow/coordinates';
import { I18nProvider } from '../../i18n/i18n';
import { renderWithProviders } from '../../ui/testing/render';
import { LocationField, type LocationFieldProps } from './LocationField';
import { LocationPreview } from './LocationPreview';
import type { MapPickerProps } from './map-props';

// jsdom has no layout for Leaflet: the lazily loaded map module is replaced by a stand-in that shows
// what it was given and can "click" a point.
vi.mock('./MapPicker', () => ({
  MapPicker: (p: MapPickerProps) => (
    <div role="region" aria-label={p.label} data-point={p.point ? `${p.point.lat},${p.point.lng}` : ''}>
      <span data-testid="center">
        {p.center ? `${p.center.lat},${p.center.lng} ${p.centerLabel ?? ''}` : ''}
      </span>
      {p.onPick ? (
        <button type="button" onClick={() => p.onPick?.({ lat: -6.30000004, lng: 106.9 })}>
          click the map
        </button>
      ) : null}
    </div>
  ),
}));

const HUB = { lat: -6.2, lng: 106.8, name: 'Jakarta' };

/** The field as the form uses it: a commit puts the wire form of what it reads in the value. */
function Harness(props: Partial<LocationFieldProps> & { start?: string }) {
  const [value, setValue] = useState(props.start ?? '');
  const commit = (text: string) => {
    const r = readCoordinates(text, props.hub);
    if (r.ok) setValue(r.wire);
  };
  return (
    <>
      <label htmlFor="spot">Drop point</label>
      <LocationField
        id="spot"
        label="Drop point"
        value={value}
        onChange={setValue}
        onCommit={commit}
        onBlur={() => {}}
        {...props}
      />
    </>
  );
}

/** With the app's providers (the field asks the place routes), connected to the test API. */
const render = (ui: ReactElement) => renderWithProviders(ui, { connection: TEST_CONNECTION });

setupMswServer();
beforeEach(() => server.use(placeSettings()));

const input = () => screen.getByRole('textbox', { name: 'Drop point' });
const map = () => screen.findByRole('region', { name: 'Drop point map' });

afterEach(() => vi.unstubAllGlobals());

describe('LocationField', () => {
  it('shows a text input and, once loaded, a map named "<title> map"', async () => {
    render(<Harness hub={HUB} />);
    expect(input()).toHaveAccessibleDescription(/Type or paste coordinates/);
    expect(await map()).toBeInTheDocument();
    expect(screen.getByTestId('center')).toHaveTextContent('-6.2,106.8 Hub Jakarta');
  });

  it('sets the value from a map click and says so', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await map();
    await user.click(screen.getByRole('button', { name: 'click the map' }));
    expect(input()).toHaveValue('-6.3,106.9');
    expect(screen.getByText('Location set to -6.3,106.9.')).toHaveRole('status');
  });

  it('moves the marker as coordinates are typed', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const m = await map();
    await user.type(input(), '-6.25 106.75');
    expect(m).toHaveAttribute('data-point', '-6.25,106.75');
    await user.tab();
    expect(input()).toHaveValue('-6.25,106.75');
  });

  it.each([
    [
      'a Google Maps link',
      'https://www.google.com/maps/place/Monas/@-6.1753924,106.8249641,17z',
      '-6.1753924,106.8249641',
    ],
    [
      'an OpenStreetMap link',
      'https://www.openstreetmap.org/#map=17/-6.17539/106.82496',
      '-6.17539,106.82496',
    ],
    ['"lat, lng"', ' -6.2, 106.8 ', '-6.2,106.8'],
  ])('turns pasted %s into lat,lng', async (_what, pasted, expected) => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(input());
    await user.paste(pasted);
    expect(input()).toHaveValue(expected);
  });

  it('lets other pasted text through for validation to judge', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(input());
    await user.paste('near the mosque');
    expect(input()).toHaveValue('near the mosque');
  });

  it('copies the hub location, and cannot without a hub', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness hub={HUB} />);
    await user.click(screen.getByRole('button', { name: 'Use hub location' }));
    expect(input()).toHaveValue('-6.2,106.8');
    unmount();
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Use hub location' })).toBeDisabled();
  });

  it("uses the device's location, and says when it is refused", async () => {
    const user = userEvent.setup();
    let outcome: 'ok' | 'denied' = 'ok';
    vi.stubGlobal('navigator', {
      ...navigator,
      geolocation: {
        getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
          outcome === 'ok'
            ? ok({ coords: { latitude: -7.25, longitude: 112.75 } } as GeolocationPosition)
            : fail({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError),
      },
    });
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(input()).toHaveValue('-7.25,112.75');
    outcome = 'denied';
    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(screen.getByText(/not allowed to share your location/)).toHaveRole('status');
    expect(input()).toHaveValue('-7.25,112.75');
  });

  it('is read-only when the form says so: no map picking, no buttons', async () => {
    render(<Harness readOnly hub={HUB} start="-6.2,106.8" />);
    await map();
    expect(input()).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'click the map' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Use hub location' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Use my location' })).toBeDisabled();
  });

  it('puts what the form gives right under the input, before the hint, the buttons and the map', async () => {
    render(<Harness below={<p id="err">Drop point must be coordinates.</p>} invalid describedBy="err" />);
    const error = screen.getByText('Drop point must be coordinates.');
    expect(input().nextElementSibling).toBe(error);
    const later = [
      screen.getByText(/Type or paste/),
      screen.getByRole('button', { name: 'Use hub location' }),
      await map(),
    ];
    for (const el of later)
      expect(error.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(input()).toHaveAccessibleDescription(/^Drop point must be coordinates\. Type or paste/);
  });

  it('marks on the map the point as read with the hub: longitude first when only that is near it', async () => {
    const user = userEvent.setup();
    render(<Harness hub={{ lat: 52.52, lng: 13.4, name: 'Berlin' }} />);
    const m = await map();
    await user.type(input(), '13.41 52.5');
    expect(m).toHaveAttribute('data-point', '52.5,13.41');
    await user.tab();
    expect(input()).toHaveValue('52.5,13.41');
  });

  it('says "tap the map" where a finger is the pointer', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(pointer: coarse)',
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    render(<Harness />);
    expect(input()).toHaveAccessibleDescription(/or tap the map\.$/);
  });

  it('passes the invalid state and the form error description through', () => {
    render(
      <>
        <Harness invalid describedBy="err" />
        <p id="err">Drop point must be coordinates.</p>
      </>,
    );
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(input()).toHaveAccessibleDescription(/Drop point must be coordinates\./);
    fireEvent.blur(input());
  });
});

describe('LocationPreview', () => {
  it('shows a read-only map of a point', async () => {
    const point: LatLng = { lat: -6.2, lng: 106.8 };
    renderBare(
      <I18nProvider lang="en">
        <LocationPreview point={point} label="Location" />
      </I18nProvider>,
    );
    const m = await screen.findByRole('region', { name: 'Location map' });
    expect(m).toHaveAttribute('data-point', '-6.2,106.8');
    expect(screen.queryByRole('button', { name: 'click the map' })).not.toBeInTheDocument();
  });
});

// The Address ↔ location link across the two features, in the whole app: "Find on map" on the Address
// searches in the location field, takes one result at once and lists several; a found address fills the
// Address only when pressed.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { server, setupMswServer } from '../api/testing/msw';
import { JAKARTA_CITY, MONAS, placeSearch } from '../api/testing/places';
import { appHandlers, openFlow } from './testing';
import './FlowStage';

vi.mock('../features/location/MapPicker', () => import('./map-picker-stub'));

setupMswServer();

const input = (id: string, title: string, type: string, extra: Record<string, unknown> = {}) => ({
  component: 'input',
  id,
  title,
  type,
  ...extra,
});
/** Two Address fields: only geocodeAs says which one the location is found from. */
const flow = {
  _id: '6352736c628401059b37a2e0',
  name: 'Visit',
  pages: [
    {
      id: 'page0',
      components: [
        input('billing', 'Billing address', 'Address'),
        input('street', 'Street address', 'Address'),
        input('spot', 'Location', 'Geolocation', { useGeocode: true, geocodeAs: 'street' }),
      ],
    },
  ],
};

beforeEach(() => server.use(...appHandlers({ flows: [flow] }), placeSearch([MONAS, JAKARTA_CITY])));

const coordinates = () => screen.getByRole('textbox', { name: 'Location' });

describe('Find on map', () => {
  it('is offered on the Address that geocodeAs names, and takes its one result', async () => {
    const user = await openFlow('Visit');
    expect(screen.getAllByRole('button', { name: 'Find on map' })).toHaveLength(1);
    const find = screen.getByRole('button', { name: 'Find on map' });
    expect(find).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Street address' }), 'Monas Gambir');
    await user.click(find);
    await waitFor(() => expect(coordinates()).toHaveValue('-6.1753924,106.8271528'));
    expect(screen.getByText('Found: Monas · exact place')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Location map' })).toHaveTextContent('-6.1753924,106.8271528');
    // typed text is never replaced unasked: the place's own address is only offered
    expect(screen.getByRole('textbox', { name: 'Street address' })).toHaveValue('Monas Gambir');
    await user.click(
      screen.getByRole('button', { name: 'Replace Street address with “Gambir, Jakarta Pusat”' }),
    );
    expect(screen.getByRole('textbox', { name: 'Street address' })).toHaveValue('Gambir, Jakarta Pusat');
  });

  it('lists several results in the search box to choose from', async () => {
    const user = await openFlow('Visit');
    await user.type(screen.getByRole('textbox', { name: 'Street address' }), 'Jakarta');
    await user.click(screen.getByRole('button', { name: 'Find on map' }));
    const box = screen.getByRole('combobox', { name: 'Search address or place' });
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).toHaveValue('Jakarta');
    expect(await screen.findByRole('option', { name: /DKI Jakarta/ })).toBeInTheDocument();
    const list = screen.getByRole('listbox', { name: 'Search address or place' });
    expect(within(list).getAllByRole('option')).toHaveLength(2);
    expect(coordinates()).toHaveValue('');
  });
});

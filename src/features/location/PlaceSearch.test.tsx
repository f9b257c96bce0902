import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, delay } from 'msw';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { placesApi, server, setupMswServer, TEST_CONNECTION } from '../../api/testing/msw';
import { JAKARTA_CITY, MONAS, placeSearch, placeSettings } from '../../api/testing/places';
import type { Lang } from '../../i18n/i18n';
import { renderWithProviders } from '../../ui/testing/render';
import { LocationField, type LocationFieldProps } from './LocationField';
import type { MapPickerProps } from './map-props';

vi.mock('./MapPicker', () => ({
  MapPicker: (p: MapPickerProps) => (
    <div role="region" aria-label={p.label} data-point={p.point ? `${p.point.lat},${p.point.lng}` : ''}>
      {p.onPick ? (
        <button type="button" onClick={() => p.onPick?.({ lat: -6.1754, lng: 106.8272 })}>
          click the map
        </button>
      ) : null}
    </div>
  ),
}));

/** The field as the form uses it, with an Address field linked to it when `address` is given. */
function Harness(props: Partial<LocationFieldProps> & { address0?: string; linked?: boolean }) {
  const [value, setValue] = useState('');
  const [address, setAddress] = useState(props.address0 ?? '');
  return (
    <>
      <label htmlFor="spot">Drop point</label>
      <LocationField
        id="spot"
        label="Drop point"
        value={value}
        onChange={setValue}
        onCommit={() => {}}
        onBlur={() => {}}
        address={props.linked ? { label: 'Address', text: address, fill: setAddress } : undefined}
        {...props}
      />
      <output aria-label="address now">{address}</output>
    </>
  );
}

const renderField = (ui = <Harness />, lang: Lang = 'en') =>
  renderWithProviders(ui, { connection: TEST_CONNECTION, lang });
const coords = () => screen.getByRole('textbox', { name: 'Drop point' });
const box = () => screen.findByRole('combobox', { name: 'Search address or place' });

setupMswServer();

describe('place search in the location field', () => {
  const seen: string[] = [];
  beforeEach(() => {
    seen.length = 0;
    server.use(placeSettings(), placeSearch([MONAS, JAKARTA_CITY], seen));
  });

  it('is picked with the keyboard: arrows move, Enter picks, the point and a note follow', async () => {
    const user = userEvent.setup();
    renderField();
    const input = await box();
    await user.type(input, 'mon');
    const list = await screen.findByRole('listbox', { name: 'Search address or place' });
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', list.id);
    expect(await screen.findByText('1 place found.')).toHaveRole('status');
    await user.keyboard('{ArrowDown}');
    const option = within(list).getByRole('option', { name: /Monas/ });
    expect(input).toHaveAttribute('aria-activedescendant', option.id);
    expect(option).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(coords()).toHaveValue('-6.1753924,106.8271528');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Found: Monas · exact place')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Drop point map' })).toHaveAttribute(
      'data-point',
      '-6.1753924,106.8271528',
    );
  });

  it('closes on Escape, keeps the text, and never submits a form on Enter', async () => {
    const user = userEvent.setup();
    const submit = vi.fn((e: SubmitEvent) => e.preventDefault());
    renderField(
      <form onSubmit={(e) => submit(e.nativeEvent as SubmitEvent)}>
        <Harness />
      </form>,
    );
    const input = await box();
    await user.type(input, 'jak');
    await screen.findByRole('option', { name: /DKI Jakarta/ });
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('jak');
    await user.keyboard('{Enter}');
    expect(submit).not.toHaveBeenCalled();
    expect(await screen.findByRole('option', { name: /DKI Jakarta/ })).toBeInTheDocument();
  });

  it('shows each suggestion with its address and how precise it is, in both languages', async () => {
    const user = userEvent.setup();
    const { unmount } = renderField();
    await user.type(await box(), 'jakarta');
    const monas = await screen.findByRole('option', { name: /Monas/ });
    expect(monas).toHaveTextContent('Gambir, Jakarta Pusat');
    expect(monas).toHaveTextContent('exact place');
    expect(screen.getByRole('option', { name: /DKI Jakarta/ })).toHaveTextContent('city');
    unmount();
    renderField(<Harness />, 'id');
    await user.type(await screen.findByRole('combobox', { name: 'Cari alamat atau tempat' }), 'jakarta');
    expect(await screen.findByRole('option', { name: /Monas/ })).toHaveTextContent('tempat persis');
    expect(screen.getByRole('option', { name: /DKI Jakarta/ })).toHaveTextContent('kota');
  });

  it('asks nothing per key stroke when the geocoder forbids type-ahead: only on Enter or Search', async () => {
    server.use(placeSettings({ provider: 'nominatim', typeAhead: false }));
    const user = userEvent.setup();
    renderField();
    const input = await box();
    await user.type(input, 'monas');
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(seen).toEqual([]);
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('option', { name: /Monas/ })).toBeInTheDocument();
    expect(seen).toEqual(['monas']);
    await user.clear(input);
    await user.type(input, 'jakarta');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByText('2 places found.');
    expect(seen).toEqual(['monas', 'jakarta']);
  });

  it('says why the geocoder failed beside the box and keeps what was typed', async () => {
    server.use(
      http.get(placesApi('/search'), () =>
        HttpResponse.json(
          {
            status: false,
            failedCode: 'place-010',
            message: 'The geocoder did not answer within 5 seconds.',
          },
          { status: 504 },
        ),
      ),
    );
    const user = userEvent.setup();
    renderField();
    const input = await box();
    await user.type(input, 'monas');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The place search did not answer in time.');
    expect(input).toHaveAccessibleDescription(/did not answer in time/);
    expect(input).toHaveValue('monas');
  });

  it('is not there when the server has no geocoder', async () => {
    server.use(placeSettings({ provider: 'none', typeAhead: false }));
    renderField();
    await screen.findByRole('region', { name: 'Drop point map' });
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.queryByRole('combobox', { name: 'Search address or place' })).not.toBeInTheDocument();
  });

  it('cancels a search the typing has left behind', async () => {
    const aborted: string[] = [];
    server.use(
      http.get(placesApi('/search'), async ({ request }) => {
        const q = new URL(request.url).searchParams.get('q') ?? '';
        request.signal.addEventListener('abort', () => aborted.push(q));
        await delay(q === 'mo' ? 400 : 0);
        return HttpResponse.json({ data: q === 'mo' ? [] : [MONAS], status: true });
      }),
    );
    const user = userEvent.setup();
    renderField();
    const input = await box();
    await user.type(input, 'mo');
    await waitFor(() => expect(screen.getByText('Searching…')).toBeInTheDocument());
    await user.type(input, 'nas');
    expect(await screen.findByRole('option', { name: /Monas/ })).toBeInTheDocument();
    await waitFor(() => expect(aborted).toContain('mo'));
  });
});

describe('the address found for the pin', () => {
  beforeEach(() => {
    server.use(
      placeSettings(),
      http.get(placesApi('/reverse'), () => HttpResponse.json({ data: MONAS, status: true })),
    );
  });

  it('is offered for an empty Address field and fills it only when pressed', async () => {
    const user = userEvent.setup();
    renderField(<Harness linked />);
    await user.click(await screen.findByRole('button', { name: 'click the map' }));
    const offer = await screen.findByRole('button', { name: 'Use this address: Gambir, Jakarta Pusat' });
    expect(screen.getByLabelText('address now')).toHaveTextContent(/^$/);
    await user.click(offer);
    expect(screen.getByLabelText('address now')).toHaveTextContent('Gambir, Jakarta Pusat');
    expect(screen.getByText('Address filled in.')).toBeInTheDocument();
  });

  it('never overwrites typed address text: it offers to replace it', async () => {
    const user = userEvent.setup();
    renderField(<Harness linked address0="Jl. Kebon Sirih 12" />);
    await user.click(await screen.findByRole('button', { name: 'click the map' }));
    const offer = await screen.findByRole('button', {
      name: 'Replace Address with “Gambir, Jakarta Pusat”',
    });
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.getByLabelText('address now')).toHaveTextContent('Jl. Kebon Sirih 12');
    await user.click(offer);
    expect(screen.getByLabelText('address now')).toHaveTextContent('Gambir, Jakarta Pusat');
  });

  it('is not looked up without a linked Address field', async () => {
    const asked = vi.fn();
    server.use(http.get(placesApi('/reverse'), () => void asked()));
    const user = userEvent.setup();
    renderField();
    await user.click(await screen.findByRole('button', { name: 'click the map' }));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(asked).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: /Use this address/ })).not.toBeInTheDocument();
  });
});

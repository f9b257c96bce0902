import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, setupMswServer, TEST_CONNECTION } from '../../../api/testing/msw';
import type { GeoPlace } from '../../../flow/import/geocode';
import { normaliseFlow } from '../../../flow/normalise';
import type { Lang } from '../../../i18n/i18n';
import { renderWithProviders } from '../../../ui/testing/render';
import { ImportScreen } from '../ImportScreen';
import { answerLists, csvFile } from '../testing';

setupMswServer();

const PLACES = 'http://api.test/api/places';

const visitFlow = normaliseFlow({
  name: 'Visit',
  pages: [
    {
      id: 'page0',
      components: [
        { component: 'input', id: 'name', title: 'Customer name', type: 'String', required: true },
        { component: 'input', id: 'addr', title: 'Address', type: 'Address' },
        { component: 'input', id: 'loc', title: 'Location', type: 'Geolocation', required: true },
      ],
    },
  ],
});

const town = (name: string, region: string, lat: number, lng: number): GeoPlace => ({
  name,
  address: `${name}, ${region}, Indonesia`,
  lat,
  lng,
  precision: 'city',
  source: 'city',
});
const ANSWERS: Record<string, GeoPlace[]> = {
  'Jalan Pemuda 17': [
    {
      name: 'Surabaya',
      address: 'Jalan Pemuda 17',
      lat: -7.26564,
      lng: 112.74738,
      precision: 'exact',
      source: 'hub',
    },
  ],
  Sukamaju: [town('Sukamaju', 'Banten', -6.1, 106.1), town('Sukamaju', 'South Sulawesi', -2.5, 120.3)],
  Malang: [town('Malang', 'East Java', -7.98, 112.63)],
};

/** The places routes: no /settings (an older server: built-in), a search answering from ANSWERS. */
function answerPlaces(asked: string[]) {
  server.use(
    http.get(`${PLACES}/settings`, () =>
      HttpResponse.json(
        { status: false, message: 'URL Address is not found', failedCode: 'sys-033' },
        { status: 404 },
      ),
    ),
    http.get(`${PLACES}/search`, ({ request }) => {
      const q = new URL(request.url).searchParams.get('q') ?? '';
      asked.push(q);
      return HttpResponse.json({ status: true, data: ANSWERS[q] ?? [] });
    }),
  );
}

async function upload(csv: string, lang: Lang = 'en') {
  const user = userEvent.setup({ applyAccept: false });
  answerLists();
  renderWithProviders(
    <ImportScreen flow={visitFlow} findFlow={() => visitFlow} onClose={() => {}} onOpenTask={() => {}} />,
    { connection: TEST_CONNECTION, lang },
  );
  await user.upload(
    screen.getByLabelText(lang === 'en' ? 'Spreadsheet file (.xlsx, .csv or .tsv)' : /File spreadsheet/),
    csvFile(csv),
  );
  return user;
}

const locationCell = (line: number) => {
  const row = within(screen.getByRole('grid'))
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name: String(line) }));
  return within(row!).getAllByRole('gridcell')[3]!; // status, name, address, location
};

describe('finding coordinates from addresses in the review grid', () => {
  it('fills found rows, keeps given coordinates, and fixes the rest by choosing or searching again', async () => {
    const asked: string[] = [];
    answerPlaces(asked);
    const user = await upload(
      [
        'Customer name;Address;Location;Hub',
        'Ayu;Jalan Pemuda 17;;Jakarta',
        'Budi;jalan  pemuda 17;;Jakarta',
        'Citra;Sukamaju;;Jakarta',
        'Dewi;Qwxyz;;Jakarta',
        'Eko;Jalan Pemuda 17;-6.3,106.9;Jakarta',
      ].join('\n'),
    );
    await user.click(await screen.findByRole('button', { name: 'Continue to the check' }));
    await screen.findByText('Ready to create: 1. With errors: 4.');

    await user.click(await screen.findByRole('button', { name: 'Find coordinates for 4 rows' }));
    await screen.findByText('Found by search: 2. To place by hand: 2.');
    expect(asked).toEqual(['Jalan Pemuda 17', 'Sukamaju', 'Qwxyz']);
    expect(locationCell(2)).toHaveTextContent('-7.26564,112.74738');
    expect(locationCell(3)).toHaveTextContent('-7.26564,112.74738');
    expect(locationCell(6)).toHaveTextContent('-6.3,106.9');
    expect(screen.getAllByText('Found: exact place')).toHaveLength(2);
    // the location is required: unplaced rows cannot be sent
    expect(screen.getByText('Ready to create: 3. With errors: 2.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Only rows to place (2)' }));
    expect(
      within(screen.getByRole('grid'))
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['4', '5']);

    expect(screen.getByRole('heading', { name: 'Place row 4 (1 of 2)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use Sukamaju, Banten, Indonesia (town only)' }));
    expect(await screen.findByRole('heading', { name: 'Place row 5 (1 of 1)' })).toBeInTheDocument();
    const search = screen.getByLabelText('Search for the place');
    expect(search).toHaveValue('Qwxyz');
    await user.clear(search);
    await user.type(search, 'Malang{Enter}');
    await user.click(
      await screen.findByRole('button', { name: 'Use Malang, East Java, Indonesia (town only)' }),
    );

    expect(await screen.findByText('Every row with an address has its place.')).toBeInTheDocument();
    expect(screen.getByText('Ready to create: 5. With errors: 0.')).toBeInTheDocument();
  });

  it('says at the field when typed coordinates cannot be read, in Bahasa Indonesia too', async () => {
    answerPlaces([]);
    const user = await upload('Nama pelanggan;Alamat;Lokasi;Gudang\nAyu;Qwxyz;;Jakarta\n', 'id');
    await user.click(await screen.findByRole('button', { name: 'Lanjut ke pemeriksaan' }));
    await user.click(await screen.findByRole('button', { name: 'Cari koordinat untuk 1 baris' }));
    await screen.findByRole('heading', { name: 'Tentukan lokasi baris 2 (1 dari 1)' });
    const field = screen.getByLabelText('Atau ketik atau tempel koordinatnya');
    await user.type(field, 'di sana');
    await user.click(screen.getByRole('button', { name: 'Pakai koordinat ini' }));
    expect(field).toHaveAccessibleDescription(/Tulis lintang dan bujurnya/);
    await user.clear(field);
    await user.type(field, '-6.25, 106.5');
    await user.click(screen.getByRole('button', { name: 'Pakai koordinat ini' }));
    await waitFor(() => expect(locationCell(2)).toHaveTextContent('-6.25,106.5'));
    expect(screen.queryByRole('heading', { name: /Tentukan lokasi/ })).not.toBeInTheDocument();
    expect(screen.getByText('Siap dibuat: 1. Bermasalah: 0.')).toBeInTheDocument();
  });
});

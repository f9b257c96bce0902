// Shared set-up of the import's component tests: a small flow, the lists the API answers, the screen.
import { http, HttpResponse } from 'msw';
import { api, server, TEST_CONNECTION } from '../../api/testing/msw';
import { normaliseFlow } from '../../flow/normalise';
import type { Lang } from '../../i18n/i18n';
import { renderWithProviders } from '../../ui/testing/render';
import { ImportScreen } from './ImportScreen';

export const JAKARTA = { _id: '634e98498ce07d29474a7e29', name: 'Jakarta', lat: -6.2, lng: 106.8 };

export const parcelFlow = normaliseFlow({
  _id: '6352736c628401059b37a2e1',
  name: 'Parcel',
  pages: [
    {
      id: 'page0',
      components: [
        { component: 'input', id: 'customerName', title: 'Customer name', type: 'String', required: true },
        { component: 'input', id: 'weight', title: 'Weight', type: 'Numeric', required: true },
        { component: 'input', id: 'phone', title: 'Phone', type: 'PhoneNumber' },
      ],
    },
  ],
});

/** The lists, and an /import-config that keeps what is posted to it for the rest of the test. */
export function answerLists() {
  const presets: unknown[] = [];
  server.use(
    http.get(api('/hubs'), () => HttpResponse.json({ status: true, data: [JAKARTA] })),
    http.get(api('/users'), () => HttpResponse.json({ status: true, data: [] })),
    http.get(api('/import-config'), () => HttpResponse.json({ status: true, data: [...presets].reverse() })),
    http.post(api('/import-config'), async ({ request }) => {
      const preset = { _id: `preset${presets.length}`, ...((await request.json()) as object) };
      presets.push(preset);
      return HttpResponse.json({ status: true, data: preset }, { status: 201 });
    }),
  );
}

export function renderImport({ lang = 'en' as Lang, onOpenTask = (_id: string) => {} } = {}) {
  answerLists();
  return renderWithProviders(
    <ImportScreen
      flow={parcelFlow}
      findFlow={(name) => (name === parcelFlow.name ? parcelFlow : undefined)}
      onClose={() => {}}
      onOpenTask={onOpenTask}
    />,
    { connection: TEST_CONNECTION, lang },
  );
}

export const csvFile = (text: string, name = 'orders.csv') => new File([text], name, { type: 'text/csv' });

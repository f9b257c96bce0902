// Field values, titles and flow names are data from other people: whatever HTML or script they hold is
// shown as text everywhere (form, preview, result, recent tasks, outbox, map and its hub label), never parsed.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONNECTION_KEY } from '../api/connection';
import { api, server, TEST_CONNECTION, setupMswServer } from '../api/testing/msw';
import { FastRetries } from '../api/testing/retry';
import { MapPicker } from '../features/location/MapPicker';
import { layoutForLeaflet } from '../features/location/testing';
import { freshOutboxPerTest } from '../features/outbox/testing';
import { I18nProvider } from '../i18n/i18n';
import { App } from './App';
import { appHandlers } from './testing';
import './FlowStage';
import './ResultStage';
import '../features/outbox/OutboxPanel';
import '../features/outbox/queue';

setupMswServer();
freshOutboxPerTest();

const HOSTILE_TITLE = 'Name <img src=x onerror="window.__xss=1">';
const HOSTILE_FLOW = 'Visit <marquee>now</marquee>';
const HOSTILE_VALUE =
  '<script>window.__xss=2</script><img src=x onerror="window.__xss=3"> & <marquee>hi</marquee>';
const HOSTILE_OPTION = '<img src=x onerror="window.__xss=4">Box';
const HOSTILE_RECENT = '<img src=x onerror="window.__xss=5">Old task';

const flow = {
  _id: '6352736c628401059b37a2e0',
  name: HOSTILE_FLOW,
  pages: [
    {
      id: 'page0',
      components: [
        { component: 'input', id: 'field1', title: HOSTILE_TITLE, type: 'String', required: true },
        {
          component: 'select',
          id: 'kind',
          title: 'Package <marquee>',
          type: 'dropdown',
          options: [HOSTILE_OPTION, 'Envelope'],
          max: 1,
        },
      ],
    },
  ],
};
const hub = { _id: '634e98498ce07d29474a7e29', name: 'Jakarta <marquee>', lat: -6.2, lng: 106.8 };
let down = false;

beforeEach(() => {
  down = false;
  delete (window as { __xss?: unknown }).__xss;
  server.use(
    ...appHandlers({
      flows: [flow],
      hubs: [hub],
      tasks: [{ _id: 'old1', title: HOSTILE_RECENT, flow: HOSTILE_FLOW, status: 'DONE' }],
    }),
    http.post(api('/task'), async ({ request }) => {
      if (down) return HttpResponse.error();
      const body = (await request.json()) as Record<string, unknown>;
      const task = { _id: 'new1', status: 'UNASSIGNED', hub, title: body.field1, ...body };
      return HttpResponse.json({ status: true, task }, { status: 201 });
    }),
  );
});

/** Nothing of the hostile strings became an element, and no handler ran. */
function expectInert(): void {
  expect(document.body.querySelector('script, marquee, img[src="x"]')).toBeNull();
  expect((window as { __xss?: unknown }).__xss).toBeUndefined();
}

describe('hostile text renders as text', () => {
  // Types long strings through the whole app: near 5 s alone, so it gets room on a loaded machine.
  it(
    'in the form, the preview, the result, the recent tasks and the outbox',
    { timeout: 20_000 },
    async () => {
      sessionStorage.setItem(CONNECTION_KEY, JSON.stringify(TEST_CONNECTION));
      render(<App lang="en" />, { wrapper: FastRetries });
      const user = userEvent.setup();
      await user.click(await screen.findByRole('combobox', { name: 'Flow' }));
      await user.click(screen.getByRole('option', { name: HOSTILE_FLOW }));
      expect(await screen.findByRole('heading', { name: `New task: ${HOSTILE_FLOW}` })).toBeInTheDocument();
      await waitFor(() => expect(screen.getByRole('combobox', { name: /^Hub/ })).toHaveValue(hub._id));
      expect(screen.getByRole('option', { name: hub.name })).toBeInTheDocument();

      // form: the title is the label, the option is an option, the value is a value
      const name = screen.getByRole('textbox', { name: new RegExp(`^${escape(HOSTILE_TITLE)}`) });
      await user.type(name, HOSTILE_VALUE);
      expect(name).toHaveValue(HOSTILE_VALUE);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Package <marquee>' }), HOSTILE_OPTION);
      expectInert();

      // preview: the JSON body holds the text as typed
      await user.click(screen.getByText('Preview request'));
      const json = await screen.findByRole('textbox', { name: 'JSON body' });
      expect(JSON.parse((json as HTMLTextAreaElement).value)).toMatchObject({
        field1: HOSTILE_VALUE,
        kind: HOSTILE_OPTION,
      });
      expectInert();

      // result and recent tasks
      await user.click(screen.getByRole('button', { name: 'Create task' }));
      expect(await screen.findByRole('heading', { name: 'Task created' })).toBeInTheDocument();
      const facts = screen.getAllByRole('definition').map((dd) => dd.textContent);
      expect(facts).toContain(HOSTILE_VALUE);
      expect(facts).toContain(HOSTILE_OPTION);
      expect(screen.getAllByText(HOSTILE_VALUE).length).toBeGreaterThan(0);
      expect(await screen.findByText(HOSTILE_RECENT)).toBeInTheDocument();
      expectInert();

      // outbox: a task that could not be sent keeps its label as text
      await user.click(screen.getByRole('button', { name: 'Create another' }));
      const again = await screen.findByRole('textbox', { name: new RegExp(`^${escape(HOSTILE_TITLE)}`) });
      await user.type(again, HOSTILE_VALUE);
      down = true;
      await user.click(screen.getByRole('button', { name: 'Create task' }));
      const outbox = await screen.findByRole('region', { name: /^Outbox/ });
      expect(await within(outbox).findByText(HOSTILE_VALUE)).toBeInTheDocument();
      expectInert();
    },
  );
});

describe('the map', () => {
  layoutForLeaflet();

  it('takes a hostile field title as its accessible name, as text', () => {
    const label = `${HOSTILE_TITLE} map`;
    render(
      <I18nProvider lang="en">
        <MapPicker
          label={label}
          point={{ lat: -6.2, lng: 106.8 }}
          center={hub}
          centerLabel={`Hub ${HOSTILE_TITLE}`}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('region', { name: label })).toBeInTheDocument();
    expect(screen.getByText(`Hub ${HOSTILE_TITLE}`)).toBeInTheDocument();
    expectInert();
  });
});

describe('the source', () => {
  // No popups, no tooltips with HTML, no raw HTML sinks: the only way text reaches the page is React's.
  const SINKS =
    /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|bindPopup|bindTooltip|setContent\(|document\.write/;

  // every source file of the app (the service worker's sw.js too), as text (Vite's glob; tests are left
  // out, this one included)
  const sources = import.meta.glob<string>(
    ['../**/*.ts', '../**/*.tsx', '../**/*.js', '!../**/*.test.ts', '!../**/*.test.tsx'],
    {
      query: '?raw',
      import: 'default',
      eager: true,
    },
  );

  it('has no HTML sink in the app', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    expect(Object.keys(sources)).toContain('../service-worker/sw.js');
    const found = Object.entries(sources)
      .filter(([, text]) => SINKS.test(text))
      .map(([file]) => file);
    expect(found).toEqual([]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

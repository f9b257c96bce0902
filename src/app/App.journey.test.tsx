import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, server, setupMswServer } from '../api/testing/msw';
import { appHandlers, JAKARTA_HUB, openFlow } from './testing';
// The app fetches these chunks once the flow list is shown; importing them here keeps their module
// transform out of the test's timing, as a browser's preload keeps the download out of a person's way.
import './FlowStage';
import './ResultStage';

// Leaflet needs a real layout; the map module is stubbed, everything else is the real app.
vi.mock('../features/location/MapPicker', () => import('./map-picker-stub'));

setupMswServer();

const flow = {
  _id: '6352736c628401059b37a2e0',
  name: 'Visit',
  pages: [
    {
      id: 'page0',
      components: [
        {
          component: 'input',
          id: 'field1',
          title: 'Customer name',
          type: 'String',
          required: true,
          showAs: 'title',
        },
        {
          component: 'input',
          id: 'field3',
          title: 'Location',
          type: 'Geolocation',
          showAs: 'expectedCoordinate',
        },
      ],
    },
  ],
};
const hub = JAKARTA_HUB;
let posted: Record<string, unknown>[] = [];

beforeEach(() => {
  posted = [];
  server.use(
    ...appHandlers({ flows: [flow], hubs: [hub] }),
    http.post(api('/task'), async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      posted.push(body);
      const task = {
        _id: `6352736c628401059b37a2e${posted.length}`,
        status: 'UNASSIGNED',
        hub: { _id: hub._id, name: hub.name },
        title: body.field1,
        expectedCoordinate: body.field3,
        ...body,
      };
      return HttpResponse.json({ status: true, message: 'Task has been created', task }, { status: 201 });
    }),
  );
});

const openVisit = () => openFlow('Visit');

describe('the whole app with the real form', () => {
  it('creates a task from the generated form and shows what the server returned', async () => {
    const user = await openVisit();
    await user.type(screen.getByRole('textbox', { name: /^Customer name/ }), 'Jack Ward');
    await user.type(screen.getByRole('textbox', { name: /^Location/ }), '-6.2308, 106.7568');
    await user.click(screen.getByRole('button', { name: 'Create task' }));

    expect(await screen.findByRole('heading', { name: 'Task created' })).toBeInTheDocument();
    expect(posted[0]).toMatchObject({
      flow: 'Visit',
      hubId: hub._id,
      field1: 'Jack Ward',
      field3: '-6.2308,106.7568',
    });
    const terms = screen
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(terms).toContainEqual(['Customer name', 'Jack Ward']);
    expect(terms).toContainEqual(['Hub', 'Jakarta']);
    expect(screen.getByRole('img', { name: 'Location map' })).toHaveTextContent('-6.2308,106.7568');

    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByRole('textbox', { name: /^Customer name/ })).toHaveValue('Jack Ward');
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await user.click(await screen.findByRole('button', { name: 'Create another' }));
    expect(await screen.findByRole('textbox', { name: /^Customer name/ })).toHaveValue('');
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Hub/ })).toHaveValue(hub._id));
  });

  it('Create another (Ctrl+Enter) goes to the first field to type, keeping the people when asked', async () => {
    const ayu = {
      _id: 'u1',
      name: 'Ayu Lestari',
      email: 'ayu@demo.test',
      status: 'active',
      hubId: [hub._id],
    };
    server.use(http.get(api('/users'), () => HttpResponse.json({ status: true, data: [ayu] })));
    const user = await openVisit();
    const assignee = screen.getByRole('combobox', { name: 'Assignee' });
    await waitFor(() => expect(assignee).not.toHaveAttribute('aria-busy'));
    await user.type(assignee, 'Ayu{Enter}');
    await user.type(screen.getByRole('textbox', { name: /^Customer name/ }), 'First stop');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('heading', { name: 'Task created' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Keep the hub and assignees for the next task' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    const name = await screen.findByRole('textbox', { name: /^Customer name/ });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveValue('');
    await user.keyboard('Second stop{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('heading', { name: 'Task created' })).toBeInTheDocument();
    expect(posted.map((b) => b.field1)).toEqual(['First stop', 'Second stop']);
    expect(posted.map((b) => b.assignee)).toEqual([[ayu.email], [ayu.email]]);
    // the choice is remembered for the next batch
    expect(
      screen.getByRole('checkbox', { name: 'Keep the hub and assignees for the next task' }),
    ).toBeChecked();
  });

  it('asks for a new token on a 401 at submit and keeps what was typed', async () => {
    const user = await openVisit();
    await user.type(screen.getByRole('textbox', { name: /^Customer name/ }), 'Kept value');
    server.use(
      http.post(
        api('/task'),
        () => HttpResponse.json({ status: false, message: 'Unauthenticated.' }, { status: 401 }),
        {
          once: true,
        },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    const connect = await screen.findByRole('heading', { name: 'Connect to MileApp' });
    expect(
      within(connect.closest('section') as HTMLElement).getByText(/refused your token/),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('API token'), 'test-token');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Customer name/ })).toHaveValue('Kept value'),
    );
    expect(screen.getByRole('textbox', { name: /^Customer name/ })).toBeVisible();
  });
});

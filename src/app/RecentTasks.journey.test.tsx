// "Recent tasks" on the form screen (issue 9): each opens its task in the result view of its own flow,
// with Duplicate from there, and names its assignees. The real app and form; the API answered by msw.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, server, setupMswServer } from '../api/testing/msw';
import { appHandlers, JAKARTA_HUB, openFlow } from './testing';
// The app fetches these chunks once the flow list is shown; importing them here keeps their module
// transform out of the test's timing, as a browser's preload keeps the download out of a person's way.
import './FlowStage';
import './ResultStage';

vi.mock('../features/location/MapPicker', () => import('./map-picker-stub'));

setupMswServer();

const visit = {
  _id: 'f1',
  name: 'Visit',
  pages: [
    {
      id: 'page0',
      components: [
        { component: 'input', id: 'field1', title: 'Customer name', type: 'String', showAs: 'title' },
      ],
    },
  ],
};
const pickup = {
  _id: 'f2',
  name: 'Pickup',
  pages: [
    {
      id: 'page0',
      components: [
        { component: 'input', id: 'requester', title: 'Requester name', type: 'String', showAs: 'title' },
        { component: 'input', id: 'pickupDate', title: 'Pickup date', type: 'Date' },
      ],
    },
  ],
};
const leandro = { _id: 'u1', name: 'Leandro', email: 'leandro@mile.app', hubId: [JAKARTA_HUB._id] };
/** As GET /tasks lists it: a projection, without the field values. */
const listed = {
  _id: '6352736c628401059b37a2f1',
  flow: 'Pickup',
  hubId: JAKARTA_HUB._id,
  status: 'ONGOING',
  title: 'Loid Forger',
  assignee: ['leandro@mile.app'],
  createdTime: '2026-12-06T02:30:00+00:00',
};
const stored = {
  ...listed,
  hub: { _id: JAKARTA_HUB._id, name: 'Jakarta' },
  startTime: '2026-12-06T03:00:00+00:00',
  endTime: '2026-12-06T11:00:00+00:00',
  requester: 'Loid Forger',
  pickupDate: '2026-12-24',
};
const gone = { ...listed, _id: '6352736c628401059b37a2f2', flow: 'Inspection', title: 'Old inspection' };
let fetched: string[] = [];

beforeEach(() => {
  fetched = [];
  server.use(
    ...appHandlers({ flows: [visit, pickup], users: [leandro], tasks: [listed, gone] }),
    http.get(api('/task/:id'), ({ params }) => {
      fetched.push(String(params.id));
      const task = [stored, gone].find((t) => t._id === params.id);
      return HttpResponse.json({ status: true, message: 'Success', task });
    }),
  );
});

const recent = () => screen.getByRole('region', { name: 'Recent tasks' });

describe('recent tasks on the form screen', () => {
  it('lists them under the form, assignees by name', async () => {
    await openFlow('Visit');
    expect(screen.getByRole('heading', { name: 'New task: Visit' })).toBeInTheDocument();
    const open = await within(recent()).findByRole('button', { name: 'Loid Forger' });
    await waitFor(() => expect(open).toHaveAccessibleDescription(/Pickup · Ongoing · assigned to Leandro ·/));
    expect(recent()).not.toHaveTextContent('leandro@mile.app');
  });

  it("opens one whole in its own flow's result view, and duplicates it into a prefilled form", async () => {
    const user = await openFlow('Visit');
    await user.type(screen.getByRole('textbox', { name: 'Customer name' }), 'Typed before opening');
    await user.click(await within(recent()).findByRole('button', { name: 'Loid Forger' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Task details' });
    expect(heading).toHaveFocus();
    expect(fetched).toEqual([listed._id]);
    expect(screen.getByRole('combobox', { name: 'Flow' })).toHaveValue('Pickup');
    const facts = () =>
      screen.getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(facts()).toContainEqual(['Requester name', 'Loid Forger']);
    expect(facts()).toContainEqual(['Pickup date', '24 Dec 2026']);
    await waitFor(() => expect(facts()).toContainEqual(['Assignees', 'Leandro']));
    // the list is there too, the open task marked current
    const current = within(recent())
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('aria-current') === 'true');
    expect(current).toHaveTextContent('Loid Forger');

    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByRole('heading', { name: 'New task: Pickup' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Requester name' })).toHaveValue('Loid Forger');
    expect(screen.getByLabelText('Pickup date')).toHaveValue('2026-12-24');
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Hub/ })).toHaveValue(JAKARTA_HUB._id));
    expect(screen.getByRole('button', { name: /Leandro/ })).toBeInTheDocument();

    // what was typed in the Visit form before opening is still its draft
    await user.click(screen.getByRole('combobox', { name: 'Flow' }));
    await user.click(screen.getByRole('option', { name: 'Visit' }));
    expect(await screen.findByRole('textbox', { name: 'Customer name' })).toHaveValue('Typed before opening');
  });

  it('says so when a task of a flow not in the list is opened, and stays on the form', async () => {
    const user = await openFlow('Visit');
    await user.click(await within(recent()).findByRole('button', { name: 'Old inspection' }));
    expect(await within(recent()).findByRole('alert')).toHaveTextContent(
      'This task cannot be shown: its flow “Inspection” is not in this organisation’s flow list.',
    );
    expect(screen.getByRole('heading', { name: 'New task: Visit' })).toBeInTheDocument();
  });
});

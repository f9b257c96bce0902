// Shared set-up of the whole-app tests (App rendered with the real form, the API answered by msw).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { expect } from 'vitest';
import { CONNECTION_KEY } from '../api/connection';
import { flowsPage } from '../api/testing/fixtures';
import { api, TEST_CONNECTION } from '../api/testing/msw';
import { placeSettings } from '../api/testing/places';
import { FastRetries } from '../api/testing/retry';
import { App } from './App';

export const JAKARTA_HUB = { _id: '634e98498ce07d29474a7e29', name: 'Jakarta', lat: -6.2, lng: 106.8 };

/**
 * What the app asks for before a form can be filled: no demo account on this page, then these flows, hubs,
 * users and recent tasks (each list answered whole, in one page). Pass the result to `server.use(...)`.
 */
export function appHandlers({
  flows,
  hubs = [JAKARTA_HUB],
  users = [],
  tasks = [],
}: {
  flows: unknown[];
  hubs?: unknown[];
  users?: unknown[];
  tasks?: unknown[];
}) {
  return [
    http.get(`${window.location.origin}/api/demo`, () => HttpResponse.json({}, { status: 404 })),
    http.get(api('/flows'), () => HttpResponse.json(flowsPage(flows))),
    http.get(api('/hubs'), () => HttpResponse.json({ status: true, data: hubs })),
    http.get(api('/users'), () => HttpResponse.json({ status: true, data: users })),
    http.get(api('/tasks'), () => HttpResponse.json({ status: true, tasks: { data: tasks } })),
    placeSettings(),
  ];
}

/**
 * Connected as TEST_CONNECTION, renders the app, picks the flow `name` and waits until its form has chosen
 * the hub `hubId` (the only hub); `wait` gives the waits more than the 1 s default.
 */
export async function openFlow(
  name: string,
  { hubId = JAKARTA_HUB._id, wait }: { hubId?: string; wait?: { timeout: number } } = {},
) {
  sessionStorage.setItem(CONNECTION_KEY, JSON.stringify(TEST_CONNECTION));
  render(<App lang="en" />, { wrapper: FastRetries });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('combobox', { name: 'Flow' }, wait));
  await user.click(screen.getByRole('option', { name }));
  await waitFor(() => expect(screen.getByRole('combobox', { name: /^Hub/ })).toHaveValue(hubId), wait);
  return user;
}

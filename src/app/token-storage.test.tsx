// Where the token lives: this tab's sessionStorage, unless "Remember on this device" is ticked; never in
// a draft, the outbox, or any other stored value.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONNECTION_KEY } from '../api/connection';
import { api, server, setupMswServer, TEST_BASE } from '../api/testing/msw';
import { FastRetries } from '../api/testing/retry';
import { openOutboxDb } from '../features/outbox/outbox-db';
import { freshOutboxPerTest } from '../features/outbox/testing';
import { App } from './App';
import { appHandlers } from './testing';
import './FlowStage';
import '../features/outbox/OutboxPanel';
import '../features/outbox/queue';

setupMswServer();
freshOutboxPerTest();

const TOKEN = 's3cret-token-4242';
const flow = {
  name: 'Visit',
  pages: [
    {
      id: 'page0',
      components: [{ component: 'input', id: 'field1', title: 'Customer name', type: 'String' }],
    },
  ],
};

beforeEach(() => {
  server.use(
    ...appHandlers({ flows: [flow], hubs: [{ _id: 'h1', name: 'Jakarta' }] }),
    http.post(api('/task'), () => HttpResponse.error()),
  );
});

function everyStoredString(storage: Storage): string[] {
  return Object.keys(storage).map((k) => `${k}=${storage.getItem(k) ?? ''}`);
}

async function connectAndQueueATask(remember: boolean) {
  render(<App lang="en" />, { wrapper: FastRetries });
  const user = userEvent.setup();
  const url = await screen.findByLabelText('API base URL');
  await user.clear(url);
  await user.type(url, TEST_BASE);
  await user.type(screen.getByLabelText('API token'), TOKEN);
  if (remember) await user.click(screen.getByLabelText('Remember on this device'));
  await user.click(screen.getByRole('button', { name: 'Connect' }));
  await user.click(await screen.findByRole('combobox', { name: 'Flow' }));
  await user.click(screen.getByRole('option', { name: 'Visit' }));
  await waitFor(() => expect(screen.getByRole('combobox', { name: /^Hub/ })).toHaveValue('h1'));
  await user.type(screen.getByRole('textbox', { name: 'Customer name' }), 'Ayu');
  await waitFor(() => expect(screen.getByText(/^Draft saved/)).toBeInTheDocument(), { timeout: 2000 });
  await user.click(screen.getByRole('button', { name: 'Create task' }));
  const outbox = await screen.findByRole('region', { name: /^Outbox/ });
  await within(outbox).findByText('Ayu');
  return user;
}

async function storedOutbox(): Promise<string> {
  return JSON.stringify(await (await openOutboxDb()).all());
}

// Each test connects, fills the form and waits out the create retries and IndexedDB: seconds on a
// loaded machine, more than the 5 s default in a full run.
describe('token storage', { timeout: 15_000 }, () => {
  it('without "Remember": only this tab holds it; drafts, the outbox and localStorage never do', async () => {
    const user = await connectAndQueueATask(false);
    expect(JSON.parse(sessionStorage.getItem(CONNECTION_KEY) ?? '{}')).toMatchObject({ token: TOKEN });
    expect(everyStoredString(localStorage).filter((s) => s.includes(TOKEN))).toEqual([]);
    expect(everyStoredString(sessionStorage).filter((s) => s.includes(TOKEN))).toHaveLength(1);
    const outbox = await storedOutbox();
    expect(outbox).toContain('Ayu');
    expect(outbox).not.toContain(TOKEN);

    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    // the queued task waits for this account: Disconnect asks first
    await user.click(await screen.findByRole('button', { name: 'Disconnect anyway' }));
    expect(everyStoredString(sessionStorage).filter((s) => s.includes(TOKEN))).toEqual([]);
  });

  it('with "Remember": kept on the device under the connection key only', async () => {
    await connectAndQueueATask(true);
    expect(everyStoredString(localStorage).filter((s) => s.includes(TOKEN))).toEqual([
      `${CONNECTION_KEY}=${JSON.stringify({ baseUrl: TEST_BASE, token: TOKEN })}`,
    ]);
    expect(sessionStorage.getItem(CONNECTION_KEY)).toBeNull();
    expect(await storedOutbox()).not.toContain(TOKEN);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { CONNECTION_KEY, useConnection } from '../../api/connection';
import { DEMO_KEY } from '../../api/get-demo';
import { flowsPage } from '../../api/testing/fixtures';
import { api, server, TEST_BASE, setupMswServer } from '../../api/testing/msw';
import { renderWithProviders } from '../../ui/testing/render';
import { ConnectionScreen } from './ConnectionScreen';

setupMswServer();
const demoUrl = `${window.location.origin}/api/demo`;

function Probe() {
  const { connection, unchecked } = useConnection();
  return (
    <p data-testid="probe">
      {connection ? `${connection.baseUrl} ${connection.token}${unchecked ? ' (unchecked)' : ''}` : 'none'}
    </p>
  );
}

function setup() {
  renderWithProviders(
    <>
      <ConnectionScreen waiting={<p>the outbox slot</p>} />
      <Probe />
    </>,
  );
  return userEvent.setup();
}

async function fillAndConnect(user: ReturnType<typeof userEvent.setup>, token: string, remember = false) {
  const url = screen.getByLabelText('API base URL');
  await user.clear(url);
  await user.type(url, TEST_BASE);
  await user.type(screen.getByLabelText('API token'), token);
  if (remember) await user.click(screen.getByLabelText('Remember on this device'));
  await user.click(screen.getByRole('button', { name: 'Connect' }));
}

let online = true;
let onLine: MockInstance<() => boolean>;
beforeEach(() => {
  online = true;
  onLine = vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(() => onLine.mockRestore());

beforeEach(() => {
  server.use(
    http.get(demoUrl, () => HttpResponse.json({ status: false }, { status: 404 })),
    http.get(api('/flows'), ({ request }) =>
      request.headers.get('authorization') === 'Bearer good'
        ? HttpResponse.json(flowsPage([]))
        : HttpResponse.json({ status: false, message: 'Unauthenticated.' }, { status: 401 }),
    ),
  );
});

describe('ConnectionScreen', () => {
  it("prefills this server's /api/v3", () => {
    setup();
    expect(screen.getByLabelText('API base URL')).toHaveValue(`${window.location.origin}/api/v3`);
  });

  it('keeps the token for this tab only by default', async () => {
    const user = setup();
    await fillAndConnect(user, 'good');
    await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent(`${TEST_BASE} good`));
    expect(JSON.parse(sessionStorage.getItem(CONNECTION_KEY) ?? 'null')).toEqual({
      baseUrl: TEST_BASE,
      token: 'good',
    });
    expect(localStorage.getItem(CONNECTION_KEY)).toBeNull();
  });

  it('keeps the token on the device when asked to remember', async () => {
    const user = setup();
    await fillAndConnect(user, 'good', true);
    await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('good'));
    expect(JSON.parse(localStorage.getItem(CONNECTION_KEY) ?? 'null')).toEqual({
      baseUrl: TEST_BASE,
      token: 'good',
    });
    expect(sessionStorage.getItem(CONNECTION_KEY)).toBeNull();
  });

  it('says the token was refused on 401 and stays disconnected', async () => {
    const user = setup();
    await fillAndConnect(user, 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server refused this API token');
    expect(screen.getByTestId('probe')).toHaveTextContent('none');
    expect(sessionStorage.getItem(CONNECTION_KEY)).toBeNull();
  });

  it('says the server cannot be reached on a network failure', async () => {
    server.use(http.get(api('/flows'), () => HttpResponse.error()));
    const user = setup();
    await fillAndConnect(user, 'good');
    expect(await screen.findByRole('alert')).toHaveTextContent(`Cannot reach the server at ${TEST_BASE}`);
    expect(screen.getByTestId('probe')).toHaveTextContent('none');
  });

  it("names the CONNECT_ORIGINS setting when this page's security policy refuses the address", async () => {
    const refused = 'http://refused-by-policy.test/api/v3';
    server.use(
      http.get(`${refused}/flows`, ({ request }) => {
        // as in Chromium: a network error, then the violation event on the document
        setTimeout(() => {
          const violation = new Event('securitypolicyviolation');
          Object.assign(violation, { effectiveDirective: 'connect-src', blockedURI: request.url });
          document.dispatchEvent(violation);
        }, 0);
        return HttpResponse.error();
      }),
    );
    const user = setup();
    const url = screen.getByLabelText('API base URL');
    await user.clear(url);
    await user.type(url, refused);
    await user.type(screen.getByLabelText('API token'), 'good');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This page may not call http://refused-by-policy.test: the Task Composer server that serves it does not allow that address. Add http://refused-by-policy.test to its CONNECT_ORIGINS setting',
    );
    expect(alert).not.toHaveTextContent('Cannot reach');
    // it would not help: the browser refuses that address whatever the network does
    expect(within(alert).queryByRole('button', { name: 'Connect without checking' })).not.toBeInTheDocument();
  });

  it('asks for a token and a real address before calling anything', async () => {
    const user = setup();
    const url = screen.getByLabelText('API base URL');
    await user.clear(url);
    await user.type(url, 'not a url');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByLabelText('API base URL')).toHaveAccessibleDescription(/starting with http/);
    expect(screen.getByLabelText('API base URL')).toHaveFocus();
    expect(screen.getByLabelText('API token')).toHaveAccessibleDescription('Enter the API token.');
  });

  it('offers no demo button when the server has no demo organisation', async () => {
    let asked = false;
    server.use(
      http.get(demoUrl, () => {
        asked = true;
        return HttpResponse.json({ status: false }, { status: 404 });
      }),
    );
    setup();
    await waitFor(() => expect(asked).toBe(true));
    await new Promise((r) => setTimeout(r, 20)); // let the answer render
    expect(screen.queryByRole('button', { name: 'Use demo account' })).not.toBeInTheDocument();
  });

  it('connects in one click with the demo account', async () => {
    server.use(
      http.get(demoUrl, () => HttpResponse.json({ status: true, token: 'good', baseUrl: '/api/v3' })),
      http.get(`${window.location.origin}/api/v3/flows`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer good'
          ? HttpResponse.json(flowsPage([]))
          : HttpResponse.json({ status: false }, { status: 401 }),
      ),
    );
    const user = setup();
    await user.click(await screen.findByRole('button', { name: 'Use demo account' }));
    await waitFor(() =>
      expect(screen.getByTestId('probe')).toHaveTextContent(`${window.location.origin}/api/v3 good`),
    );
  });

  it('shows what waits on this device next to the form', () => {
    setup();
    expect(screen.getByText('the outbox slot')).toBeInTheDocument();
  });
});

describe('ConnectionScreen offline', () => {
  let calls = 0;
  beforeEach(() => {
    calls = 0;
    server.use(
      http.get(api('/flows'), () => {
        calls++;
        return HttpResponse.error();
      }),
    );
  });

  it('says the device is offline and takes the token unchecked, asking nothing', async () => {
    online = false;
    const user = setup();
    expect(
      screen.getByText(
        'This device is offline. You can still connect: the token is checked once the connection returns.',
      ),
    ).toBeInTheDocument();
    await fillAndConnect(user, 'good');
    expect(screen.getByTestId('probe')).toHaveTextContent(`${TEST_BASE} good (unchecked)`);
    expect(calls).toBe(0);
    expect(JSON.parse(sessionStorage.getItem(CONNECTION_KEY) ?? 'null')).toEqual({
      baseUrl: TEST_BASE,
      token: 'good',
      unchecked: true,
    });
  });

  it('offers the demo account it was given before, and connects with it unchecked', async () => {
    online = false;
    localStorage.setItem(DEMO_KEY, JSON.stringify({ token: 'demo-1', baseUrl: TEST_BASE }));
    server.use(http.get(demoUrl, () => HttpResponse.error()));
    const user = setup();
    await user.click(await screen.findByRole('button', { name: 'Use demo account' }));
    expect(screen.getByTestId('probe')).toHaveTextContent(`${TEST_BASE} demo-1 (unchecked)`);
  });

  it('when the browser thinks it is online but no answer comes, lets the person connect without the check', async () => {
    const user = setup();
    await fillAndConnect(user, 'good');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Cannot reach the server at ${TEST_BASE}`);
    expect(screen.getByTestId('probe')).toHaveTextContent('none');
    await user.click(within(alert).getByRole('button', { name: 'Connect without checking' }));
    expect(screen.getByTestId('probe')).toHaveTextContent(`${TEST_BASE} good (unchecked)`);
  });

  it('never offers to skip the check when the server refused the token', async () => {
    server.use(http.get(api('/flows'), () => HttpResponse.json({ status: false }, { status: 401 })));
    const user = setup();
    await fillAndConnect(user, 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server refused this API token');
    expect(screen.queryByRole('button', { name: 'Connect without checking' })).not.toBeInTheDocument();
  });
});

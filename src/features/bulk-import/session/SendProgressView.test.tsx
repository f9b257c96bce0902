import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay } from 'msw';
import { useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CONNECTION_KEY, ConnectionProvider } from '../../../api/connection';
import { RetryPolicyProvider } from '../../../api/retry-context';
import { setupMswServer, TEST_CONNECTION } from '../../../api/testing/msw';
import { FAST_BULK } from '../../../api/testing/retry';
import { I18nProvider, type Lang } from '../../../i18n/i18n';
import type { SendProgress } from './send';
import { SendProgressView } from './SendProgressView';
import { openImportStore } from './store';
import { fakeBulkServer, freshImportDbPerTest, rowsFor, sessionFor, sheetRowsOf } from './testing';
import type { ImportSession } from './types';
import { useImportSender } from './use-import-sender';

setupMswServer();
freshImportDbPerTest();

function wrapper(lang: Lang) {
  return ({ children }: { children: ReactNode }) => (
    <I18nProvider lang={lang}>
      <ConnectionProvider>
        <RetryPolicyProvider policies={{ bulk: FAST_BULK }}>{children}</RetryPolicyProvider>
      </ConnectionProvider>
    </I18nProvider>
  );
}

const at = (patch: Partial<SendProgress>): SendProgress => ({
  total: 10_000,
  done: 1000,
  created: 1000,
  failed: 0,
  rowsPerSecond: 2400,
  secondsLeft: 3.75,
  waitingSeconds: null,
  state: 'sending',
  ...patch,
});

describe('SendProgressView', () => {
  it('shows rows done, the rate and the time left under a labelled bar, with Cancel', async () => {
    let cancelled = 0;
    render(<SendProgressView progress={at({})} onCancel={() => cancelled++} />, { wrapper: wrapper('en') });
    const bar = screen.getByRole('progressbar', { name: 'Creating tasks' });
    expect(bar).toHaveAttribute('value', '1000');
    expect(bar).toHaveAttribute('max', '10000');
    expect(bar).toHaveAccessibleDescription('1,000 of 10,000 rows · 2,400 rows/s · about 4 s left');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancelled).toBe(1);
  });

  it('says in Indonesian what it waits for, and why it stopped', () => {
    const { rerender } = render(
      <SendProgressView
        progress={at({ state: 'waiting', waitingFor: 'rate-limit', waitingSeconds: 12 })}
        onCancel={() => {}}
      />,
      { wrapper: wrapper('id') },
    );
    expect(screen.getByText('1.000 dari 10.000 baris · 2.400 baris/dtk')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Server meminta untuk memperlambat: lanjut dalam 12 dtk.',
    );
    rerender(
      <SendProgressView progress={at({ state: 'error', error: 'Unauthenticated.' })} onCancel={() => {}} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Pengiriman berhenti (Unauthenticated.).');
    expect(screen.queryByRole('button', { name: 'Batal' })).not.toBeInTheDocument();
  });

  it('counts minutes for a long wait and shows the outcome when done', () => {
    const { rerender } = render(
      <SendProgressView progress={at({ secondsLeft: 600 })} onCancel={() => {}} />,
      {
        wrapper: wrapper('en'),
      },
    );
    expect(screen.getByText(/about 10 min left/)).toBeInTheDocument();
    rerender(
      <SendProgressView
        progress={at({ state: 'done', done: 10_000, created: 9990, failed: 10 })}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Done: 9,990 created, 10 not created.');
  });
});

function Sender({ initial, rows }: { initial: ImportSession; rows: ReturnType<typeof rowsFor> }) {
  const [session, setSession] = useState(initial);
  const { start, cancel, progress } = useImportSender(session, setSession);
  return (
    <>
      <button type="button" onClick={() => start(rows)}>
        Send
      </button>
      <p>results {Object.keys(session.results).length}</p>
      {progress ? <SendProgressView progress={progress} onCancel={cancel} /> : null}
    </>
  );
}

describe('useImportSender', () => {
  it('sends once however often Send is pressed, and hands every saved session back', async () => {
    sessionStorage.setItem(CONNECTION_KEY, JSON.stringify(TEST_CONNECTION));
    const rows = rowsFor(1500);
    const session = sessionFor('a', { rows: sheetRowsOf(rows) });
    const fake = fakeBulkServer(async () => {
      await delay(50);
      return undefined;
    });
    render(<Sender initial={session} rows={rows} />, { wrapper: wrapper('en') });
    const user = userEvent.setup();
    await user.dblClick(screen.getByRole('button', { name: 'Send' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Done: 1,500 created, 0 not created.')).toBeInTheDocument();
    expect(screen.getByText('results 1500')).toBeInTheDocument();
    expect(fake.requests).toHaveLength(2);
    expect(fake.created.size).toBe(1500);
  });

  it('does not send while another tab holds the import, and says so', async () => {
    sessionStorage.setItem(CONNECTION_KEY, JSON.stringify(TEST_CONNECTION));
    const rows = rowsFor(3);
    const fake = fakeBulkServer();
    // another tab holds this import's lock: the browser grants no lock to an ifAvailable request
    const request = vi.fn((_name: string, _opts: unknown, run: (lock: null) => unknown) =>
      Promise.resolve(run(null)),
    );
    Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
    try {
      render(<Sender initial={sessionFor('a', { rows: sheetRowsOf(rows) })} rows={rows} />, {
        wrapper: wrapper('en'),
      });
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('This import is being sent in another tab.');
      expect(request).toHaveBeenCalledWith(
        expect.stringMatching(/^taskComposer\.import\./),
        { ifAvailable: true },
        expect.any(Function),
      );
      expect(fake.requests).toEqual([]);
    } finally {
      delete (navigator as { locks?: unknown }).locks;
    }
  });

  it('Cancel stops the import; pressing Send again goes on from where it stopped, once per row', async () => {
    sessionStorage.setItem(CONNECTION_KEY, JSON.stringify(TEST_CONNECTION));
    const rows = rowsFor(2500);
    const session = sessionFor('a', { rows: sheetRowsOf(rows) });
    let hold = true;
    const fake = fakeBulkServer(async (n) => {
      if (n === 2 && hold) await delay('infinite');
      return undefined;
    });
    render(<Sender initial={session} rows={rows} />, { wrapper: wrapper('en') });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(fake.requests).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(
      await screen.findByText('Stopped. 1,000 of 2,500 rows are created; send again to go on.'),
    ).toBeInTheDocument();
    hold = false;
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Done: 2,500 created, 0 not created.')).toBeInTheDocument();
    expect(fake.requests[2]!.key).toBe(fake.requests[1]!.key);
    expect(fake.created.size).toBe(2500);
    expect([...fake.created.values()].every((n) => n === 1)).toBe(true);
    expect((await openImportStore().load(session.id))?.step).toBe('done');
  });
});

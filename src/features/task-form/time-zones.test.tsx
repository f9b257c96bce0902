import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { api, server } from '../../api/testing/msw';
import { answerCreate, hubs, renderTaskForm, setupTaskFormTests } from './testing';

setupTaskFormTests();

const makassar = { _id: 'hub-mks', name: 'Makassar', lat: -5.14, lng: 119.42 };
const noCoordinates = { _id: 'hub-x', name: 'Nowhere' };

function answerHubs() {
  server.use(
    http.get(api('/hubs'), () =>
      HttpResponse.json({ status: true, data: [...hubs, makassar, noCoordinates] }),
    ),
  );
}

describe("times in the hub's time zone", () => {
  it('a Makassar hub means WITA: said under the times, and sent with +08:00', async () => {
    const user = userEvent.setup();
    answerHubs();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm();
    const hub = screen.getByRole('combobox', { name: 'Hub' });
    await waitFor(() => expect(hub).toHaveValue('hub-jkt'));
    const start = screen.getByLabelText('Start time');
    // the zone lookup is a chunk of its own: it may arrive after the hubs
    await waitFor(() =>
      expect(start).toHaveAccessibleDescription(
        'Times are in WIB (Asia/Jakarta, UTC+07:00), the time zone of the hub Jakarta.',
      ),
    );
    await user.selectOptions(hub, 'hub-mks');
    expect(start).toHaveAccessibleDescription(
      'Times are in WITA (Asia/Makassar, UTC+08:00), the time zone of the hub Makassar.',
    );
    fireEvent.change(start, { target: { value: '2026-12-07T09:00' } });
    fireEvent.change(screen.getByLabelText('End time'), { target: { value: '2026-12-07T17:30' } });
    await user.type(screen.getByLabelText(/Customer name/), 'Toko Sulawesi');
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(bodies[0]).toMatchObject({
      hubId: 'hub-mks',
      startTime: '2026-12-07T09:00:00+08:00',
      endTime: '2026-12-07T17:30:00+08:00',
    });
  });

  it("times nobody changed follow the hub's clock; typed ones stay as typed", async () => {
    // A fixed clock: the defaults are compared across hub changes, which must not straddle a minute.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-06T02:00:30Z') });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const user = userEvent.setup();
    answerHubs();
    renderTaskForm();
    const hub = screen.getByRole('combobox', { name: 'Hub' });
    await waitFor(() => expect(hub).toHaveValue('hub-jkt'));
    const start = screen.getByLabelText('Start time') as HTMLInputElement;
    const end = screen.getByLabelText('End time') as HTMLInputElement;
    await waitFor(() => expect(start).toHaveAccessibleDescription(/WIB/));
    const jakartaStart = start.value;
    expect(jakartaStart).toBe('2026-12-06T09:00');
    await user.selectOptions(hub, 'hub-mks');
    // One hour later on the clock, the same instant.
    expect(start.value).toBe('2026-12-06T10:00');
    fireEvent.change(end, { target: { value: '2026-12-24T10:00' } });
    await user.selectOptions(hub, 'hub-jkt');
    expect(start.value).toBe(jakartaStart);
    expect(end.value).toBe('2026-12-24T10:00');
  });

  it("a hub without coordinates leaves the times in the device's zone, and says so", async () => {
    const user = userEvent.setup();
    answerHubs();
    renderTaskForm();
    const hub = screen.getByRole('combobox', { name: 'Hub' });
    await waitFor(() => expect(hub).toHaveValue('hub-jkt'));
    await user.selectOptions(hub, 'hub-x');
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(screen.getByLabelText('Start time')).toHaveAccessibleDescription(
      new RegExp(`^Times are in ${zone.replace('/', '\\/')} \\(UTC[+-]\\d\\d:\\d\\d\\)\\.$`),
    );
  });
});

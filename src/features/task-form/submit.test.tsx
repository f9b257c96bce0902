import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { api, server } from '../../api/testing/msw';
import { answerCreate, renderTaskForm, setupTaskFormTests } from './testing';

setupTaskFormTests();

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

async function fillVisit(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
  await user.type(screen.getByLabelText(/Customer name/), 'Jack Ward');
  await user.type(screen.getByLabelText('Weight'), '12.5');
}

function answer400(errors: Record<string, string[]>) {
  server.use(
    http.post(api('/task'), () =>
      HttpResponse.json(
        { status: false, message: 'Invalid', failedCode: 'task-003', errors },
        { status: 400 },
      ),
    ),
  );
}

describe('submit', () => {
  it('sends the body built from the form and hands the created task to the app', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm();
    await fillVisit(user);
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    const body = bodies[0]!;
    expect(body).toMatchObject({
      flow: 'Visit',
      hubId: 'hub-jkt',
      field1: 'Jack Ward',
      weight: 12.5,
      weight_unit: 'KG',
    });
    expect(body.startTime).toMatch(ISO_WITH_OFFSET);
    expect(body.endTime).toMatch(ISO_WITH_OFFSET);
    expect(Date.parse(body.endTime as string) - Date.parse(body.startTime as string)).toBe(24 * 3600_000);
    expect(onCreated).toHaveBeenCalledWith(
      expect.objectContaining({ _id: 'task-1' }),
      expect.objectContaining({ field1: 'Jack Ward', hubId: 'hub-jkt' }),
    );
  });

  it('blocks a form with errors, shows them all and focuses the first', async () => {
    const user = userEvent.setup();
    const post = vi.fn();
    server.use(http.post(api('/task'), post));
    renderTaskForm();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
    await user.type(screen.getByLabelText('Weight'), 'heavy');
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(await screen.findByText('The Customer name field is required.')).toBeInTheDocument();
    expect(screen.getByText(/Weight must be a number, written like 2,5/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Customer name/)).toHaveFocus();
    expect(post).not.toHaveBeenCalled();
  });

  it('refuses an end time before the start time', async () => {
    const user = userEvent.setup();
    renderTaskForm();
    await fillVisit(user);
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '2030-01-02T10:00' } });
    fireEvent.change(screen.getByLabelText('End time'), { target: { value: '2030-01-02T09:00' } });
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(await screen.findByText('The end time must be after the start time.')).toBeInTheDocument();
    expect(screen.getByLabelText('End time')).toHaveFocus();
    expect(screen.getByLabelText('End time')).toHaveAccessibleDescription(/Times are in .*UTC[+-]\d\d:\d\d/);
  });

  it("puts a 400's errors on their fields, and the rest above the button", async () => {
    const user = userEvent.setup();
    answer400({
      weight_unit: ['The selected weight unit is invalid.'],
      field2: ['The Address field is required.'],
      mystery: ['Something else is wrong.'],
    });
    renderTaskForm();
    await fillVisit(user);
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    const address = screen.getByRole('textbox', { name: 'Address' });
    await waitFor(() => expect(address).toHaveAttribute('aria-invalid', 'true'));
    expect(address).toHaveAccessibleDescription('The Address field is required.');
    expect(address).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Weight unit' })).toHaveAccessibleDescription(
      'The selected weight unit is invalid.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something else is wrong.');
    expect(screen.getByLabelText(/Customer name/)).toHaveValue('Jack Ward');
  });

  it('tells the app about a 401 and keeps the form', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(api('/task'), () =>
        HttpResponse.json({ status: false, message: 'Unauthenticated.' }, { status: 401 }),
      ),
    );
    const onUnauthorized = vi.fn();
    renderTaskForm(undefined, { onUnauthorized });
    await fillVisit(user);
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('alert')).toHaveTextContent('Connect again: your form is kept.');
    expect(screen.getByLabelText(/Customer name/)).toHaveValue('Jack Ward');
  });

  it('offers a retry after 429 and sends again', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    // registered last, so asked first: answers once, then the create handler takes over
    server.use(
      http.post(
        api('/task'),
        () => HttpResponse.json({ status: false, message: 'Too Many Attempts.' }, { status: 429 }),
        {
          once: true,
        },
      ),
    );
    const { onCreated } = renderTaskForm();
    await fillVisit(user);
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests');
    expect(screen.getByLabelText(/Customer name/)).toHaveValue('Jack Ward');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(bodies).toHaveLength(1);
  });

  it('says when the server cannot be reached and keeps the form', async () => {
    const user = userEvent.setup();
    server.use(http.post(api('/task'), () => HttpResponse.error()));
    renderTaskForm();
    await fillVisit(user);
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByLabelText('Weight')).toHaveValue('12.5');
  });

  it('is disabled while sending', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(api('/task'), async () => {
        await delay(200);
        return HttpResponse.json({ status: true, task: { _id: 't1' } }, { status: 201 });
      }),
    );
    const { onCreated } = renderTaskForm();
    await fillVisit(user);
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(screen.getByRole('button', { name: 'Create task' })).toBeDisabled();
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
  });

  it('submits with Ctrl+Enter and Cmd+Enter from inside a field', async () => {
    const user = userEvent.setup();
    const bodies = answerCreate();
    const { onCreated } = renderTaskForm();
    await fillVisit(user);
    await user.click(screen.getByRole('textbox', { name: 'Address' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(2));
    expect(bodies).toHaveLength(2);
    // the shortcut did not type a line break into the address
    expect(bodies[0]).not.toHaveProperty('field2');
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TEST_BASE } from '../../api/testing/msw';
import { everyKindFlow, renderTaskForm, setupTaskFormTests } from './testing';

setupTaskFormTests();

const bodyBox = () => screen.getByRole('textbox', { name: 'JSON body' });
const shown = () => JSON.parse((bodyBox() as HTMLTextAreaElement).value) as Record<string, unknown>;

describe('request preview', () => {
  it('shows the exact body the form sends, following the form', async () => {
    const user = userEvent.setup();
    renderTaskForm(everyKindFlow);
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Hub' })).toHaveValue('hub-jkt'));
    await user.click(screen.getByText('Preview request'));
    expect(shown()).toMatchObject({ flow: 'Every kind', hubId: 'hub-jkt', count: 2, day: '2024-05-01' });
    expect(shown().ready).toBe('2024-05-01 08:30:00');

    await user.type(screen.getByLabelText(/Customer name/), 'Jack');
    await user.type(screen.getByLabelText('Weight'), '3.5');
    await user.type(screen.getByRole('textbox', { name: 'Drop point' }), '-6.2, 106.8');
    await user.click(screen.getByRole('checkbox', { name: 'Express' }));
    await waitFor(() => expect(shown()).toHaveProperty('extras'));
    const body = shown();
    expect(body).toMatchObject({
      name: 'Jack',
      weight: 3.5,
      weight_unit: 'KG',
      spot: '-6.2,106.8',
      extras: ['Express'],
    });
    // views, mobile and unknown components are never sent
    expect(body).not.toHaveProperty('note');
    expect(body).not.toHaveProperty('proof');
    expect(body).not.toHaveProperty('holo');
  });

  it('gives a cURL command for the same body without the token', async () => {
    const user = userEvent.setup();
    renderTaskForm(everyKindFlow);
    await user.click(screen.getByText('Preview request'));
    await user.type(screen.getByLabelText(/Customer name/), "Jack's");
    const curl = screen.getByRole('textbox', { name: 'cURL command' }) as HTMLTextAreaElement;
    await waitFor(() => expect(curl.value).toContain(`'\\''s`));
    expect(curl.value).toContain(`curl -X POST '${TEST_BASE}/task'`);
    expect(curl.value).toContain('Authorization: Bearer $MILEAPP_TOKEN');
    expect(curl.value).not.toContain('test-token');
    // the quoted JSON is the shown body
    const quoted = /--data-raw '([\s\S]*)'$/.exec(curl.value)?.[1]?.replaceAll(`'\\''`, "'");
    expect(JSON.parse(quoted ?? '')).toEqual(shown());
    expect(screen.getByRole('button', { name: 'Copy cURL command' })).toBeInTheDocument();
  });
});

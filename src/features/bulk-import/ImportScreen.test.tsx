import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api, server, setupMswServer } from '../../api/testing/msw';
import { csvFile, renderImport } from './testing';

setupMswServer();

const fileInput = () => screen.getByLabelText('Spreadsheet file (.xlsx, .csv or .tsv)');

async function upload(text: string, name?: string) {
  const user = userEvent.setup({ applyAccept: false });
  renderImport();
  await user.upload(fileInput(), csvFile(text, name));
  return user;
}

const counts = () => screen.getByText(/Ready to create/);
const rowNumbers = () =>
  within(screen.getByRole('grid'))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('mapping', () => {
  it('keeps Continue disabled, naming the required fields without a column, until they have one', async () => {
    const user = await upload('Customer name;Kolom X;Hub\nSiti;2;Jakarta\n');
    const go = await screen.findByRole('button', { name: 'Continue to the check' });
    expect(go).toBeDisabled();
    expect(screen.getByText(/Choose a column for each required field/).parentElement).toHaveTextContent(
      'Weight',
    );
    expect(go).toHaveAccessibleDescription(/Weight/);
    expect(screen.getByRole('combobox', { name: 'Column B: Kolom X' })).toHaveValue('');
    expect(screen.getByText('2 of 3 columns will be imported.')).toBeInTheDocument();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Column B: Kolom X' }),
      'Weight (required)',
    );
    expect(go).toBeEnabled();
    expect(screen.queryByText(/Choose a column for each required field/)).not.toBeInTheDocument();
    await user.click(go);
    expect(await screen.findByRole('grid', { name: 'Rows to import into Parcel' })).toBeInTheDocument();
  });

  it.each([
    ['English', 'CUSTOMER NAME;weight;Phone;hub'],
    ['Indonesian', 'Nama pelanggan;Berat;No HP;Gudang'],
  ])('matches %s headers to their fields, in an Indonesian screen', async (_, header) => {
    const user = userEvent.setup();
    renderImport({ lang: 'id' });
    await user.upload(
      screen.getByLabelText('File spreadsheet (.xlsx, .csv, atau .tsv)'),
      csvFile(`${header}\nSiti;2;08123456789;Jakarta\n`),
    );
    const [a, b, c, d] = header.split(';');
    expect(await screen.findByRole('combobox', { name: `Kolom A: ${a}` })).toHaveValue('customerName');
    expect(screen.getByRole('combobox', { name: `Kolom B: ${b}` })).toHaveValue('weight');
    expect(screen.getByRole('combobox', { name: `Kolom C: ${c}` })).toHaveValue('phone');
    expect(screen.getByRole('combobox', { name: `Kolom D: ${d}` })).toHaveValue('hubId');
    expect(screen.getByRole('button', { name: 'Lanjut ke pemeriksaan' })).toBeEnabled();
  });

  it('remembers the mapping of this flow and offers it the next time', async () => {
    const file = 'Customer name;Kolom X;Hub\nSiti;2;Jakarta\n';
    const user = await upload(file);
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Column B: Kolom X' }),
      'Weight (required)',
    );
    await user.click(screen.getByRole('button', { name: 'Continue to the check' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel this import' }));
    await user.upload(fileInput(), csvFile(file));
    expect(await screen.findByRole('combobox', { name: 'Column B: Kolom X' })).toHaveValue('weight');
    expect(screen.getByText(/matched as you saved them/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue to the check' })).toBeEnabled();
  });

  it('offers to read a CSV again with another column separator', async () => {
    const user = await upload('Customer name,Weight,Hub\nSiti,"2,5",Jakarta\n');
    const separator = await screen.findByRole('combobox', { name: 'Column separator' });
    expect(separator).toHaveValue(',');
    await user.selectOptions(separator, 'Semicolon (;)');
    expect(
      await screen.findByRole('combobox', { name: 'Column A: Customer name,Weight,Hub' }),
    ).toBeInTheDocument();
  });
});

describe('file errors', () => {
  it.each([
    ['', 'x.csv', 'This file is empty'],
    ['1;2\n3;4\n', 'x.csv', 'holds values, not column names'],
    ['\xd0\xcf\x11\xe0', 'x.xlsx', 'protected with a password'],
    ['PK\x03\x04broken', 'x.xlsx', 'damaged'],
    ['%PDF', 'x.pdf', 'Only .xlsx, .csv and .tsv'],
  ])('says what is wrong with %j (%s)', async (text, name, message) => {
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const user = userEvent.setup({ applyAccept: false });
    renderImport();
    await user.upload(fileInput(), new File([bytes], name));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(fileInput()).toBeEnabled();
  });
});

describe('review grid', () => {
  const rows = 'Customer name;Weight;Phone;Hub\nSiti;2;0812345678;Jakarta\nDewi;abc;;Jakarta\n;3;;Jakarta\n';

  async function review() {
    const user = await upload(rows);
    await user.click(await screen.findByRole('button', { name: 'Continue to the check' }));
    await screen.findByText('Ready to create: 1. With errors: 2.');
    return user;
  }

  it('shows each error on its cell, reachable from the keyboard', async () => {
    const user = await review();
    expect(rowNumbers()).toEqual(['2', '3', '4']);
    const bad = screen.getByRole('gridcell', { name: 'abc' });
    expect(bad).toHaveAttribute('aria-invalid', 'true');
    expect(bad).toHaveAccessibleDescription(/Weight must be a number/);
    expect(screen.getByRole('gridcell', { name: '2' })).not.toHaveAttribute('aria-invalid');
    // the focused cell's messages are shown under the grid
    bad.focus();
    await user.keyboard('{ArrowRight}{ArrowLeft}');
    expect(bad).toHaveFocus();
    expect(screen.getByText('Row 3, Column B: Weight').parentElement).toHaveTextContent(
      /Weight must be a number/,
    );
  });

  it('says what the focused cell is sent as when that is not what it shows', async () => {
    const user = await upload('Customer name;Weight;Hub\nSiti;2,5;Jakarta\n');
    await user.click(await screen.findByRole('button', { name: 'Continue to the check' }));
    await screen.findByText('Ready to create: 1. With errors: 0.');
    const weight = screen.getByRole('gridcell', { name: '2,5' });
    weight.focus();
    await user.keyboard('{ArrowLeft}{ArrowRight}');
    expect(weight).toHaveFocus();
    expect(screen.getByText('Sent as: 2.5')).toBeInTheDocument();
    // a name goes as written: nothing to say
    await user.keyboard('{ArrowLeft}');
    expect(screen.queryByText(/^Sent as/)).not.toBeInTheDocument();
  });

  it('checks an edited row again at once and updates the counts', async () => {
    const user = await review();
    screen.getByRole('gridcell', { name: 'abc' }).focus();
    await user.keyboard('{Enter}');
    const editor = screen.getByRole('textbox', { name: 'Column B: Weight, row 3' });
    await user.clear(editor);
    await user.type(editor, '4{Enter}');
    expect(screen.getByText('Ready to create: 2. With errors: 1.')).toBeInTheDocument();
    expect(screen.getByRole('gridcell', { name: '4' })).not.toHaveAttribute('aria-invalid');
  });

  it('filters the rows with errors, and deletes a row', async () => {
    const user = await review();
    await user.click(screen.getByRole('checkbox', { name: 'Only rows with errors' }));
    expect(rowNumbers()).toEqual(['3', '4']);
    await user.click(screen.getByRole('button', { name: 'Delete row 4' }));
    expect(rowNumbers()).toEqual(['3']);
    expect(counts()).toHaveTextContent('Ready to create: 1. With errors: 1.');
    await user.click(screen.getByRole('checkbox', { name: 'Only rows with errors' }));
    expect(rowNumbers()).toEqual(['2', '3']);
  });

  it('shows each row’s result after creating: the task, or the server’s message on its cell', async () => {
    let sent: unknown[] = [];
    server.use(
      http.post(api('/tasks/bulk'), async ({ request }) => {
        const body = (await request.json()) as { tasks: { refId: string }[] };
        sent = body.tasks;
        return HttpResponse.json(
          {
            success: 1,
            failed: 1,
            tasks: [
              {
                status: true,
                message: 'Created',
                _id: '64a000000000000000000001',
                refId: body.tasks[0]?.refId,
              },
              {
                status: false,
                message: 'Invalid',
                refId: body.tasks[1]?.refId,
                errors: { weight: ['The server refuses this weight.'] },
              },
            ],
          },
          { status: 201 },
        );
      }),
    );
    const user = await upload('Customer name;Weight;Hub\nSiti;2;Jakarta\nDewi;3;Jakarta\n');
    await user.click(await screen.findByRole('button', { name: 'Continue to the check' }));
    await user.click(await screen.findByRole('button', { name: 'Create tasks from the ready rows (2)' }));
    expect(
      await screen.findByRole('button', { name: 'Open task 64a000000000000000000001' }),
    ).toBeInTheDocument();
    // the pressed button went away: the keyboard is on the progress, not lost to the page
    expect(screen.getByRole('region', { name: 'Creating tasks' })).toHaveFocus();
    expect(sent).toHaveLength(2);
    const refused = screen.getByRole('gridcell', { name: '3' });
    await waitFor(() => expect(refused).toHaveAccessibleDescription('The server refuses this weight.'));
    expect(screen.getByRole('button', { name: 'Retry failed rows (1)' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Download failed rows (1)' })).toBeEnabled();
  });
});

// The field list is cut into blocks (each its own grid, skipped by layout while off screen): a block may
// only end where a grid row does, so the grid looks as one grid of all the fields would, without holes.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { normaliseFlow } from '../../flow/normalise';
import type { FieldSpec } from '../../flow/types';
import { blockStarts } from './fields/FieldList';
import { spansRow } from './fields/registry';
import { everyKindFlow, renderTaskForm, setupTaskFormTests } from './testing';

setupTaskFormTests();

const WIDE = '.field-wide, .choices, .number-row';

function flowOf(components: object[]) {
  return normaliseFlow({ name: 'Blocks', pages: [{ id: 'page0', components }] });
}
const text = (id: string) => ({ component: 'input', id, title: `Field ${id}`, type: 'String' });
const address = (id: string) => ({ component: 'input', id, title: `Address ${id}`, inputType: 'Address' });

/** The rendered rows of each block, as the fields they show. */
function renderedBlocks(flow: { fields: FieldSpec[] }, container: HTMLElement) {
  const shown = flow.fields.filter((f) => f.visible);
  let i = 0;
  return [...container.querySelectorAll('.field-blocks > .fields')].map((block) =>
    [...block.children].map((el) => ({ el, field: shown[i++]! })),
  );
}

describe('field blocks', () => {
  it.each([false, true])('spansRow says which rows take the whole width (map: %s)', (withMap) => {
    const { container } = renderTaskForm(
      everyKindFlow,
      withMap ? { renderLocation: () => <div>map</div> } : {},
    );
    const rows = renderedBlocks(everyKindFlow, container).flat();
    expect(rows.length).toBeGreaterThan(10);
    for (const { el, field } of rows) expect(el.matches(WIDE), field.id).toBe(spansRow(field, withMap));
  });

  it('ends a block only where a row is complete', () => {
    // One wide field, then 45 half-width ones: cutting every 20 fields would end the first block mid-row.
    const flow = flowOf([address('a0'), ...Array.from({ length: 45 }, (_, i) => text(`t${i}`))]);
    expect(blockStarts(flow.fields, false)).toEqual([0, 21, 41]);
    const { container } = renderTaskForm(flow);
    const blocks = renderedBlocks(flow, container);
    expect(blocks.map((b) => b.length)).toEqual([21, 20, 5]);
    for (const block of blocks.slice(0, -1)) {
      const cells = block.reduce((n, { field }) => n + (spansRow(field, false) ? 2 : 1), 0);
      expect(cells % 2).toBe(0);
    }
  });

  it('does not count fields the flow hides, nor the targets of show/fill rules before a choice', () => {
    const hidden = { ...text('h'), visible: false };
    const fields = flowOf([
      {
        component: 'select',
        id: 's',
        title: 'S',
        type: 'dropdown',
        options: ['x'],
        onSelect: [{ options: ['x'], action: 'show', componentAffected: ['shown'] }],
      },
      text('shown'),
      hidden,
      ...Array.from({ length: 20 }, (_, i) => text(`t${i}`)),
    ]).fields;
    // counted: s, then t0… (20 at t18, and the row is complete there: 1 + 19 = 20 cells)
    expect(blockStarts(fields, false)).toEqual([0, 22]);
  });

  it('leaves out a block whose fields a rule hid, and sizes each block by its rows until laid out', async () => {
    const hiddenByX = Array.from({ length: 20 }, (_, i) => `t${19 + i}`);
    const flow = flowOf([
      {
        component: 'select',
        id: 's',
        title: 'Mode',
        type: 'dropdown',
        options: ['x', 'y'],
        onSelect: [{ options: ['x'], action: 'hide', componentAffected: hiddenByX }],
      },
      ...Array.from({ length: 40 }, (_, i) => text(`t${i}`)),
    ]);
    const { container } = renderTaskForm(flow);
    const blocks = () => [...container.querySelectorAll<HTMLElement>('.field-blocks > .fields')];
    expect(blocks()).toHaveLength(3);
    expect(blocks()[0]!.style.containIntrinsicSize).toBe('auto 50rem'); // 20 half-width fields: 10 rows
    expect(blocks()[2]!.style.containIntrinsicSize).toBe('auto 5rem'); // t39 alone
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Mode' }), 'x');
    expect(blocks()).toHaveLength(2);
    expect(screen.queryByLabelText('Field t25')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Field t39')).toBeInTheDocument();
  });
});

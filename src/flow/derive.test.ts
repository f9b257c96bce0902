import { describe, expect, it } from 'vitest';
import { deriveDisplay, displaySources } from './derive';
import { deliveryFlowRaw } from './fixtures';
import { normaliseFlow } from './normalise';

const delivery = normaliseFlow(deliveryFlowRaw);

describe('deriveDisplay', () => {
  it('copies the showAs components into title, content, label and expectedCoordinate', () => {
    const body = {
      customerName: 'Jack',
      address: 'Gambir',
      deliveryStatus: 'Success',
      dropPoint: '-6.2,106.8',
    };
    expect(deriveDisplay(delivery, body)).toEqual({
      title: 'Jack',
      content: 'Gambir',
      label: 'Success',
      expectedCoordinate: '-6.2,106.8',
    });
  });

  it('leaves out slots without a value', () => {
    expect(deriveDisplay(delivery, { customerName: 'Jack' })).toEqual({ title: 'Jack' });
  });

  it('first component with a value wins; numbers and arrays become text; views resolve $otherId', () => {
    const flow = normaliseFlow({
      name: 'D',
      pages: [
        {
          components: [
            { component: 'input', id: 'a', type: 'String', showAs: 'title' },
            { component: 'input', id: 'b', type: 'Numeric', showAs: 'title' },
            { component: 'select', id: 'c', options: ['x', 'y'], max: 2, showAs: 'label' },
            { component: 'view', id: 'v', value: '$a', showAs: 'content' },
            { component: 'input', id: 'd', type: 'String', showAs: 'somethingElse' },
          ],
        },
      ],
    });
    expect(deriveDisplay(flow, { b: 7, c: ['x', 'y'], a: '', d: 'no' })).toEqual({
      title: '7',
      label: 'x, y',
    });
    expect(deriveDisplay(flow, { a: 'A', b: 7 })).toEqual({ title: 'A', content: 'A' });
  });

  it('reads only its displaySources: the same result from values cut down to them', () => {
    const flow = normaliseFlow({
      name: 'D',
      pages: [
        {
          components: [
            { component: 'input', id: 'a', type: 'String', showAs: 'title' },
            { component: 'input', id: 'w', type: 'Numeric', units: ['KG', 'LB'] },
            { component: 'view', id: 'v', value: '$w_unit', showAs: 'label' },
            { component: 'input', id: 'z', type: 'String', showAs: 'content' },
            { component: 'input', id: 'e', type: 'String' },
          ],
        },
      ],
    });
    expect([...displaySources(flow)].sort()).toEqual(['a', 'w_unit', 'z']); // not 'v': a view with a value shows that value;
    const cases = [
      { a: 'A', w: 3, w_unit: 'LB', z: 'Z', e: 'E' },
      { w_unit: 'KG', e: 'only e' },
      { a: '', z: 'Z', title: 'not a source' },
      {},
    ];
    for (const values of cases) {
      const cut = Object.fromEntries(Object.entries(values).filter(([k]) => displaySources(flow).has(k)));
      expect(deriveDisplay(flow, cut)).toEqual(deriveDisplay(flow, values));
    }
    expect(deriveDisplay(flow, cases[0]!)).toEqual({ title: 'A', label: 'LB', content: 'Z' });
  });
});

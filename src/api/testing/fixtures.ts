// Small MileApp-shaped payloads for component tests.

export const visitFlow = {
  _id: '6352736c628401059b37a2e0',
  name: 'Visit',
  pages: [
    {
      id: 'page0',
      components: [
        {
          component: 'input',
          id: 'field1',
          title: 'Customer name',
          type: 'String',
          required: true,
          showAs: 'title',
        },
        { component: 'input', id: 'field2', title: 'Address', type: 'Address' },
        {
          component: 'input',
          id: 'field3',
          title: 'Location',
          type: 'Geolocation',
          showAs: 'expectedCoordinate',
        },
        {
          component: 'input',
          id: 'weight',
          title: 'Weight',
          type: 'Numeric',
          useUnit: true,
          units: ['KG', 'G'],
        },
        {
          component: 'select',
          id: 'goods',
          title: 'Goods',
          type: 'checkbox',
          options: ['Food', 'Books'],
          max: 2,
        },
        { component: 'photo', id: 'proof', title: 'Proof photo' },
      ],
    },
  ],
  configurations: [
    { id: 'startTime', adjustment: 0 },
    { id: 'endTime', adjustment: 24 },
  ],
};

export const namedFlow = (name: string) => ({
  name,
  pages: [{ id: 'page0', components: [{ component: 'input', id: 'note', title: 'Note', type: 'String' }] }],
});

export function flowsPage(data: unknown[], page = 1, lastPage = 1) {
  return {
    status: true,
    message: 'Success',
    flows: { current_page: page, data, last_page: lastPage, per_page: 100, total: data.length },
  };
}

export const createdTask = {
  _id: '6352736c628401059b37a2e2',
  flow: 'Visit',
  hubId: '634e98498ce07d29474a7e29',
  hub: { _id: '634e98498ce07d29474a7e29', name: 'Jakarta', lat: -6.2, lng: 106.8 },
  status: 'ONGOING',
  startTime: '2022-11-02T07:28:23+00:00',
  endTime: '2022-11-05T07:28:23+00:00',
  assignee: ['ayu@demo.test', 'budi@demo.test'],
  title: 'Jack Ward',
  field1: 'Jack Ward',
  field2: 'Gambir\nJakarta',
  field3: '-6.230815251,106.75684387',
  expectedCoordinate: '-6.230815251,106.75684387',
  weight: 12.5,
  weight_unit: 'KG',
  goods: ['Food', 'Books'],
  createdTime: '2022-11-01T07:28:23+00:00',
};

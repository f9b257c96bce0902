// Test fixtures: MileApp flows in the raw flow-object shape, as GET /flows returns them.

const component = (c: Record<string, unknown>) => ({ visible: true, ...c });

/**
 * The one flow with a component of every kind (src/flow/field-kinds.ts): fixtures.test.ts fails when a kind
 * is added without a component here. The form's component tests use it (task-form/testing.tsx).
 */
export const everyKindFlowRaw = {
  name: 'Every kind',
  pages: [
    {
      id: 'page0',
      components: [
        component({ component: 'input', id: 'name', title: 'Customer name', type: 'String', required: true }),
        component({ component: 'input', id: 'addr', title: 'Address', inputType: 'Address' }),
        component({ component: 'input', id: 'phone', title: 'Phone', type: 'PhoneNumber' }),
        component({ component: 'input', id: 'site', title: 'Website', type: 'URL' }),
        component({
          component: 'input',
          id: 'weight',
          title: 'Weight',
          type: 'Numeric',
          useUnit: true,
          units: ['KG', 'G'],
        }),
        component({ component: 'input', id: 'count', title: 'Parcels', type: 'Numeric', default: 2 }),
        component({ component: 'input', id: 'cod', title: 'COD amount', type: 'Currency' }),
        component({
          component: 'input',
          id: 'day',
          title: 'Delivery date',
          type: 'Date',
          default: '2024-05-01',
        }),
        component({
          component: 'input',
          id: 'ready',
          title: 'Ready at',
          type: 'Datetime',
          default: '2024-05-01 08:30:00',
        }),
        component({ component: 'input', id: 'opens', title: 'Opening time', type: 'Time' }),
        component({ component: 'input', id: 'spot', title: 'Drop point', type: 'Geolocation' }),
        component({
          component: 'select',
          id: 'kind',
          title: 'Package',
          type: 'dropdown',
          options: ['Box', 'Envelope'],
          max: 1,
        }),
        component({
          component: 'select',
          id: 'extras',
          title: 'Services',
          type: 'checkbox',
          options: ['Fragile', 'Insurance', 'Express'],
          min: '1',
          max: '2',
        }),
        component({ component: 'view', id: 'note', title: 'Note', value: 'Ring the bell twice' }),
        component({ component: 'view', id: 'echo', title: 'Name check', value: '$name' }),
        component({ component: 'photo', id: 'proof', title: 'Proof photo' }),
        component({ component: 'hologram', id: 'holo', title: 'Hologram' }),
      ],
    },
  ],
  configurations: [
    { id: 'startTime', adjustment: 1 },
    { id: 'endTime', adjustment: 8 },
  ],
};

/** A Delivery-like flow with both attribute spellings and the odd casings real flows have. */

export const deliveryFlowRaw = {
  _id: '64b4e719dc92e91ae936d001',
  name: 'Delivery',
  pages: [
    {
      id: 'page0',
      components: [
        {
          component: 'input',
          id: 'customerName',
          title: 'Customer name',
          type: 'String',
          required: true,
          visible: true,
          showAs: 'title',
        },
        {
          component: 'input',
          id: 'address',
          title: 'Address',
          inputType: 'Address',
          isRequired: true,
          showAs: 'content',
        },
        { component: 'input', id: 'phone', title: 'Phone', type: 'PhoneNumber', required: false },
        { component: 'input', id: 'website', title: 'Website', type: 'URL' },
        {
          component: 'input',
          id: 'weight',
          title: 'Weight',
          type: 'Numeric',
          useUnit: true,
          units: ['KG', 'G'],
          required: true,
        },
        { component: 'input', id: 'codAmount', title: 'COD amount', type: 'Currency' },
        {
          component: 'input',
          id: 'deliveryDate',
          title: 'Delivery date',
          type: 'Date',
          default: '2023-10-16',
        },
        { component: 'input', id: 'pickupAt', title: 'Pickup at', type: 'Datetime' },
        { component: 'input', id: 'openTime', title: 'Open time', type: 'Time' },
        {
          component: 'input',
          id: 'dropPoint',
          title: 'Drop point',
          type: 'Geolocation',
          showAs: 'expectedCoordinate',
        },
        {
          component: 'select',
          id: 'services',
          title: 'Services',
          type: 'checkbox',
          options: ['Fragile', 'Insurance', 'Express', 'Cold chain', 'Weekend'],
          min: '1',
          max: '3',
          default: null,
        },
        {
          component: 'select',
          id: 'deliveryStatus',
          title: 'Delivery status',
          type: 'dropdown',
          options: ['Success', 'Failed'],
          min: 0,
          max: 1,
          default: 'Success',
          showAs: 'label',
          onSelect: [
            { options: ['Failed'], action: 'fill', componentAffected: ['failReason'] },
            { options: ['Failed'], action: 'hide', componentAffected: ['receiverName'] },
            { options: ['Success'], action: 'show', componentAffected: ['deliveryNote'] },
          ],
        },
        { component: 'input', id: 'failReason', title: 'Failure reason', type: 'string', required: true },
        { component: 'input', id: 'receiverName', title: 'Receiver name', type: 'string', required: true },
        {
          component: 'input',
          id: 'deliveryNote',
          title: 'Delivery note',
          type: 'text',
          default: 'Leave at the door',
          required: true,
        },
        {
          component: 'input',
          id: 'source',
          title: 'Source',
          type: 'String',
          visible: false,
          default: 'composer',
          required: true,
        },
        { component: 'view', id: 'summary', title: 'Summary', type: 'String', value: '$customerName' },
        { component: 'photo', id: 'proofPhoto', title: 'Proof of delivery', min: 1, max: '3' },
        { component: 'signature', id: 'receiverSignature', title: 'Signature', required: true },
      ],
    },
    {
      id: 'page1',
      components: [{ component: 'input', id: 'actualWeight', title: 'Actual weight', type: 'Numeric' }],
    },
  ],
  configurations: [
    { id: 'startTime', adjustment: 1 },
    { id: 'endTime', adjustment: '48' },
  ],
};

/** A body the Delivery fixture accepts, as an API client would send it. */
export const validDeliveryBody = {
  flow: 'Delivery',
  hubId: '634e98498ce07d29474a7e29',
  customerName: 'Jack Ward',
  address: 'Gambir, Jakarta',
  phone: '+62 811-6313-7712',
  website: 'https://example.com/orders/1',
  weight: 12.5,
  weight_unit: 'KG',
  codAmount: '150000',
  deliveryDate: '2023-10-16',
  pickupAt: '2023-10-16 09:30:00',
  openTime: '08:30',
  dropPoint: '-6.230815251,106.75684387',
  services: ['Fragile', 'Express'],
  deliveryStatus: 'Success',
  receiverName: 'Ana',
  deliveryNote: 'Leave at the door',
  assignee: ['leandro@mile.app'],
  startTime: '2023-10-16T08:00:00+07:00',
  endTime: '2023-10-17T08:00:00+07:00',
  refId: 'order-1',
};

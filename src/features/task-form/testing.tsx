// Shared set-up of the task-form component tests: flows covering every kind, a demo-like organisation
// answered by MSW, and a render helper with the real providers.
import { http, HttpResponse } from 'msw';
import { beforeEach, vi } from 'vitest';
import { api, server, setupMswServer, TEST_CONNECTION } from '../../api/testing/msw';
import { everyKindFlowRaw } from '../../flow/fixtures';
import { normaliseFlow } from '../../flow/normalise';
import { renderWithProviders } from '../../ui/testing/render';
import { TaskForm, type TaskFormProps } from './TaskForm';

export const hubs = [
  { _id: 'hub-jkt', name: 'Jakarta', lat: -6.2, lng: 106.8 },
  { _id: 'hub-bdg', name: 'Bandung', lat: -6.9, lng: 107.6 },
];

export const users = [
  { _id: 'u1', name: 'Ayu Lestari', email: 'ayu@demo.test', status: 'active', hubId: ['hub-jkt', 'hub-bdg'] },
  { _id: 'u2', name: 'Budi Santoso', email: 'budi@demo.test', status: 'active', hubId: ['hub-jkt'] },
  { _id: 'u3', name: 'Citra Dewi', email: 'citra@demo.test', status: 'active', hubId: ['hub-bdg'] },
];

const component = (c: Record<string, unknown>) => ({ visible: true, ...c });

/** The one every-kind flow (src/flow/fixtures.ts), as the form gets it. */
export const everyKindFlow = normaliseFlow(everyKindFlowRaw);

/** The demo Delivery flow's onSelect rules: Office shows (read-only), Locker fills and hides. */
export const rulesFlow = normaliseFlow({
  name: 'Delivery',
  pages: [
    {
      id: 'page0',
      components: [
        component({
          component: 'input',
          id: 'customer',
          title: 'Customer name',
          type: 'String',
          required: true,
        }),
        component({
          component: 'select',
          id: 'deliveryType',
          title: 'Delivery type',
          type: 'dropdown',
          options: ['Home', 'Office', 'Locker'],
          max: 1,
          default: 'Home',
          onSelect: [
            { options: ['Office'], action: 'show', componentAffected: ['officeName'] },
            { options: ['Locker'], action: 'fill', componentAffected: ['lockerCode'] },
            { options: ['Locker'], action: 'hide', componentAffected: ['receiverName'] },
          ],
        }),
        component({ component: 'input', id: 'officeName', title: 'Office name', type: 'String' }),
        component({
          component: 'input',
          id: 'lockerCode',
          title: 'Locker code',
          type: 'String',
          required: true,
        }),
        component({
          component: 'input',
          id: 'receiverName',
          title: 'Receiver name',
          type: 'String',
          required: true,
        }),
      ],
    },
  ],
});

/** A small flow for submit and draft tests. */
export const visitFlow = normaliseFlow({
  name: 'Visit',
  pages: [
    {
      id: 'page0',
      components: [
        component({
          component: 'input',
          id: 'field1',
          title: 'Customer name',
          type: 'String',
          required: true,
        }),
        component({ component: 'input', id: 'field2', title: 'Address', type: 'Address' }),
        component({
          component: 'input',
          id: 'weight',
          title: 'Weight',
          type: 'Numeric',
          useUnit: true,
          units: ['KG', 'G'],
        }),
      ],
    },
  ],
});

/** MSW with the organisation answered (setupMswServer unmounts the form before it forgets its handlers). */
export function setupTaskFormTests(): void {
  setupMswServer();
  beforeEach(answerOrganisation);
}

/** GET /hubs and GET /users answered like the demo organisation. */
export function answerOrganisation(): void {
  server.use(
    http.get(api('/hubs'), () => HttpResponse.json({ status: true, data: hubs })),
    http.get(api('/users'), ({ request }) => {
      const url = new URL(request.url);
      const hubId = url.searchParams.get('hubId') ?? '';
      const data = users.filter(
        (u) => u.hubId.includes(hubId) && u.status === url.searchParams.get('status'),
      );
      return HttpResponse.json({ status: true, data });
    }),
  );
}

/** POST /task answering 201 with the stored task; returns the bodies it received. */
export function answerCreate(): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.post(api('/task'), async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      bodies.push(body);
      return HttpResponse.json(
        { status: true, message: 'Task created', task: { _id: `task-${bodies.length}`, ...body } },
        { status: 201 },
      );
    }),
  );
  return bodies;
}

export function renderTaskForm(
  flow = visitFlow,
  props: Partial<Omit<TaskFormProps, 'flow' | 'rawFlow' | 'onCreated'>> = {},
) {
  const onCreated = vi.fn();
  const view = renderWithProviders(<TaskForm flow={flow} rawFlow={{}} onCreated={onCreated} {...props} />, {
    connection: TEST_CONNECTION,
  });
  return { ...view, onCreated };
}

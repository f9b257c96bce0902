// The generators' world from the demo organisation file: its flows, hubs and users, and the other
// organisation's hubs and users as foreign ones.
import { normaliseFlow } from '../../src/flow/normalise';
import seed from '../../server/seed/demo-org.json';
import type { World } from './task-body';

export function demoWorld(): World & { organizationId: string } {
  const [demo, other] = seed.organizations;
  const active = demo!.users.filter((u) => u.status === 'active');
  return {
    organizationId: demo!._id,
    flows: demo!.flows.map((f) => normaliseFlow(f)),
    hubs: demo!.hubs.map((h) => h._id),
    foreignHubs: other!.hubs.map((h) => h._id),
    assignable: (hubId) => active.filter((u) => u.hubId.includes(hubId)).map((u) => u.email),
    strangers: [
      ...demo!.users.filter((u) => u.status !== 'active').map((u) => u.email),
      ...other!.users.map((u) => u.email),
      ...demo!.users.map((u) => u.email.toUpperCase()),
      'nobody@nowhere.example',
    ],
  };
}

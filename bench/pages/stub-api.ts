// The MileApp API of the "ours" page answered inside the page: the benchmark measures the form, not a
// network. Answers have the shapes of mileapp-api.md (GET /flows paginator, GET /hubs, GET /users).
import { FLOW_300_NAME, flow300, smallFlow } from '../flow-300';

export const STUB_BASE_URL = 'http://bench.invalid/api/v3';
export const STUB_TOKEN = 'bench-token-0123456789abcdef';
export { FLOW_300_NAME };

const HUB = {
  _id: '634e98498ce07d29474a7e29',
  name: 'Jakarta',
  address: 'Jalan Medan Merdeka Timur, Gambir, Jakarta Pusat 10110, Indonesia',
  lat: -6.205154152722965,
  lng: 106.84667067970608,
};
const USERS = [
  {
    _id: '634e98098ce07d29474a7e24',
    name: 'Leandro',
    email: 'leandro@mile.app',
    status: 'active',
    hubId: [HUB._id],
  },
];
const FLOWS = [smallFlow(), flow300()];

function answer(path: string): [number, unknown] {
  if (path === '/flows') {
    return [200, { status: true, message: 'Success', flows: { current_page: 1, last_page: 1, data: FLOWS } }];
  }
  if (path === '/hubs') return [200, { status: true, message: 'Success', data: [HUB] }];
  if (path === '/users') return [200, { status: true, message: 'Success', data: USERS }];
  return [404, { status: false, message: `Not found: ${path}` }];
}

/** Replaces window.fetch for the stub base URL; anything else still goes to the real fetch. */
export function installStubApi(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!url.href.startsWith(STUB_BASE_URL)) return realFetch(input, init);
    const [status, body] = answer(url.pathname.slice(new URL(STUB_BASE_URL).pathname.length));
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
}

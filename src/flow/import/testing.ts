// Lists of a small organisation for tests of the spreadsheet import: two hubs in two time zones, users of
// each, and two users with one name.
import type { ImportLists } from './types';

export const JAKARTA = { _id: 'hub-jkt', name: 'Jakarta Pusat', lat: -6.2, lng: 106.8166 };
export const MAKASSAR = { _id: 'hub-mks', name: 'Makassar', lat: -5.1477, lng: 119.4327 };
export const NOW = new Date('2024-05-01T03:00:00Z');

export function testLists(overrides: Partial<ImportLists> = {}): ImportLists {
  return {
    hubs: [JAKARTA, MAKASSAR],
    users: [
      { email: 'siti@example.com', name: 'Siti Rahmawati', hubId: [JAKARTA._id] },
      { email: 'Budi@Example.com', name: 'Budi', hubId: [JAKARTA._id, MAKASSAR._id] },
      { email: 'andi.mks@example.com', name: 'Andi', hubId: [MAKASSAR._id] },
      { email: 'andi.jkt@example.com', name: 'Andi', hubId: [JAKARTA._id] },
    ],
    zoneOfHub: (id) =>
      id === JAKARTA._id ? 'Asia/Jakarta' : id === MAKASSAR._id ? 'Asia/Makassar' : undefined,
    defaultZone: 'Asia/Jakarta',
    now: NOW,
    ...overrides,
  };
}

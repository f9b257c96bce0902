/** A task as the API returns it: fixed MileApp keys plus one top-level key per flow component id. */
export type Task = Record<string, unknown> & { _id: string };

export function isTask(v: unknown): v is Task {
  return typeof v === 'object' && v !== null && typeof (v as { _id?: unknown })._id === 'string';
}

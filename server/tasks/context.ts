// What validateTaskBody (src/flow) needs to know about one organisation, answered from its Directory
// only: a flow, hub or user of another organisation does not exist here.
import type { TaskContext } from '../../src/flow/validate';
import type { Directory } from '../store/types';

const cache = new WeakMap<Directory, Map<string, Set<string>>>();

/** email (lower case) → hubs where that user may be assigned: active users only. */
function assignableByEmail(dir: Directory): Map<string, Set<string>> {
  const hit = cache.get(dir);
  if (hit) return hit;
  const assignable = new Map<string, Set<string>>();
  for (const u of dir.users) {
    if (u.status !== 'active') continue;
    const email = u.email.toLowerCase();
    const hubs = assignable.get(email) ?? new Set<string>();
    for (const h of u.hubId) hubs.add(h);
    assignable.set(email, hubs);
  }
  cache.set(dir, assignable);
  return assignable;
}

export function taskContext(dir: Directory, now: () => Date): TaskContext {
  // Assignable = an active user of the hub (issue 2: "emails of active users of that hub").
  const assignable = assignableByEmail(dir);
  return {
    findFlow: (name) => dir.flowsByName.get(name)?.spec,
    hubExists: (hubId) => dir.hubsById.has(hubId),
    isAssignable: (email, hubId) => assignable.get(email.toLowerCase())?.has(hubId) ?? false,
    now,
  };
}

import type { User } from '../../../api/get-users';

/** Users whose name or email contains every word of the query (case- and accent-insensitive). */
export function matchUsers(users: readonly User[], query: string): User[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [...users];
  return users.filter((u) => {
    const text = fold(`${u.name} ${u.email}`);
    return words.every((w) => text.includes(w));
  });
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

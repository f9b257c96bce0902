// MongoDB-style ObjectIds (24 hex), as MileApp's ids are: 4-byte seconds, then 8 random bytes. No shared
// counter: consecutive ids across organisations would tell one organisation how many tasks others create.
import { randomBytes } from 'node:crypto';

export function newObjectId(now: Date = new Date()): string {
  const seconds = Math.floor(now.getTime() / 1000) >>> 0;
  return seconds.toString(16).padStart(8, '0') + randomBytes(8).toString('hex');
}

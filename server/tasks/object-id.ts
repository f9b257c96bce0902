// MongoDB-style ObjectIds (24 hex), as MileApp's ids are: 4-byte seconds, 5 random bytes, 3-byte counter.
import { randomBytes } from 'node:crypto';

const process5 = randomBytes(5).toString('hex');
let counter = randomBytes(3).readUIntBE(0, 3);

export function newObjectId(now: Date = new Date()): string {
  counter = (counter + 1) % 0xffffff;
  const seconds = Math.floor(now.getTime() / 1000) >>> 0;
  return seconds.toString(16).padStart(8, '0') + process5 + counter.toString(16).padStart(6, '0');
}

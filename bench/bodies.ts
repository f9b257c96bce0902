// Deterministic POST /task bodies for the 300-field flow: every field filled with a valid value of its
// kind, so validation does its full work on each body. Seeded, so every run checks the same bodies.
import { FIELDS_300, FLOW_300_NAME, OPTIONS, UNITS, type BenchField } from './flow-300';

/** mulberry32: a tiny seeded PRNG, good enough to vary test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['alpha', 'bravo', 'cempaka', 'delta', 'elang', 'fajar', 'gading', 'harapan', 'indah', 'jaya'];
const pad2 = (n: number) => String(n).padStart(2, '0');

function value(f: BenchField, rnd: () => number): [string, unknown][] {
  const int = (n: number) => Math.floor(rnd() * n);
  const word = () => WORDS[int(WORDS.length)] ?? 'alpha';
  switch (f.kind) {
    case 'number':
      return [
        [f.id, Math.round(rnd() * 100_000) / 100],
        [`${f.id}_unit`, UNITS[int(UNITS.length)]],
      ];
    case 'date':
      return [[f.id, `202${int(6)}-${pad2(1 + int(12))}-${pad2(1 + int(28))}`]];
    case 'time':
      return [[f.id, `${pad2(int(24))}:${pad2(int(60))}`]];
    case 'phone':
      return [[f.id, `+62 8${String(100_000_000 + int(899_999_999))}`]];
    case 'address':
      return [[f.id, `Jalan ${word()} ${1 + int(200)}, Jakarta`]];
    case 'select':
      // never "Return": the fields its hide rule targets stay visible and are validated too
      return [[f.id, OPTIONS[int(2)]]];
    default:
      return [[f.id, `${word()} ${word()} ${int(10_000)}`]];
  }
}

export interface BodyMeta {
  hubId: string;
  assignee?: string[];
}

/** Body number `n` (same n, same body). */
export function benchBody(n: number, meta: BodyMeta): Record<string, unknown> {
  const rnd = prng(0x5eed + n);
  const body: Record<string, unknown> = { flow: FLOW_300_NAME, hubId: meta.hubId };
  for (const f of FIELDS_300) for (const [k, v] of value(f, rnd)) body[k] = v;
  if (meta.assignee) body.assignee = meta.assignee;
  return body;
}

export function benchBodies(count: number, meta: BodyMeta, offset = 0): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => benchBody(offset + i, meta));
}

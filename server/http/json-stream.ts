// A JSON answer whose one array is sent item by item as the client reads it: GET /tasks pages may hold a
// thousand tasks of up to 256 KB, and building the whole answer first once took the process down
// (issue 12). Each item is pulled from its source only when the socket has room for it.
import { Readable } from 'node:stream';

const SLOT = '"__stream_items__"';

/**
 * `envelope` serialised with `items` (JSON texts) in place of the placeholder PLACEHOLDER, which must
 * appear in it exactly once as a value.
 */
export function streamJson(envelope: unknown, items: Iterable<string> | AsyncIterable<string>): Readable {
  const text = JSON.stringify(envelope);
  const at = text.indexOf(SLOT);
  if (at === -1 || text.indexOf(SLOT, at + 1) !== -1) throw new Error('streamJson: one placeholder expected');
  async function* parts(): AsyncGenerator<string> {
    yield `${text.slice(0, at)}[`;
    let first = true;
    for await (const item of items) {
      yield first ? item : `,${item}`;
      first = false;
    }
    yield `]${text.slice(at + SLOT.length)}`;
  }
  return Readable.from(parts(), { objectMode: false });
}

/** Stands where the streamed array goes. */
export const PLACEHOLDER = JSON.parse(SLOT) as string;

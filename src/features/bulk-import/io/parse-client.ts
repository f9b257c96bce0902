// Reads a source in a Web Worker so a 10,000-row file never freezes the tab. Where no module worker can
// start (jsdom in tests, a page whose policy forbids workers) the same code runs here instead.
import type { ParseInput, ParseOptions, ParseResult } from './parse-source';
import type { ParseRequest } from './parse-worker';

export function parseInBackground(input: ParseInput, options: ParseOptions = {}): Promise<ParseResult> {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return parseHere(input, options);
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseHere(input, options);
  }
  return new Promise<ParseResult>((resolve) => {
    worker.onmessage = (e: MessageEvent<ParseResult>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(parseHere(input, options));
    };
    worker.postMessage({ input, options } satisfies ParseRequest);
  });
}

async function parseHere(input: ParseInput, options: ParseOptions): Promise<ParseResult> {
  const { parseSource } = await import('./parse-source');
  return parseSource(input, options);
}

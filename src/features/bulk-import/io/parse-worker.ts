// The Web Worker that reads files and pastes off the main thread: a thin shell around parseSource.
import { parseSource, type ParseInput, type ParseOptions } from './parse-source';

export interface ParseRequest {
  input: ParseInput;
  options: ParseOptions;
}

self.onmessage = (e: MessageEvent<ParseRequest>) => {
  parseSource(e.data.input, e.data.options).then(
    (result) => self.postMessage(result),
    () => self.postMessage({ ok: false, problem: { code: 'corrupt' } }),
  );
};

import '@testing-library/jest-dom/vitest';
// jsdom has no IndexedDB (the outbox keeps its tasks there): an in-memory one, the same API.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait up to 5 s instead of 1 s: on a loaded 2-core machine a lazy chunk, IndexedDB and
// a render can take over a second. Something that never appears still fails; it fails later.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

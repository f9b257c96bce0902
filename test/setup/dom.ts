import '@testing-library/jest-dom/vitest';
// jsdom has no IndexedDB (the outbox keeps its tasks there): an in-memory one, the same API.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { CREATE_RETRY, createTaskPolicy } from '../../src/api/retry-policy';

// findBy… and waitFor wait up to 5 s instead of 1 s: on a loaded 2-core machine a lazy chunk, IndexedDB and
// a render can take over a second. Something that never appears still fails; it fails later.
configure({ asyncUtilTimeout: 5000 });

// The create retries' real waits (1 s, 2 s, 4 s) shortened: every try still happens, in milliseconds.
beforeEach(() => {
  Object.assign(createTaskPolicy, CREATE_RETRY, { baseDelayMs: 5, maxDelayMs: 20 });
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

// MSW for component tests: every request must be answered by a handler (unhandled = test failure).
import { cleanup } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Connection } from '../connection';

export const TEST_BASE = 'http://api.test/api/v3';
export const TEST_TOKEN = 'test-token';
export const TEST_CONNECTION: Connection = { baseUrl: TEST_BASE, token: TEST_TOKEN };

export const server = setupServer();

/** Call once at the top of a test file. */
export function setupMswServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    // Unmounted first: a component still mounted could ask for something once the handlers are gone.
    cleanup();
    server.resetHandlers();
  });
  afterAll(() => server.close());
}

export const api = (path: string) => `${TEST_BASE}${path}`;

/** The place routes beside TEST_BASE (src/api/places.ts). */
export const placesApi = (path: string) => `http://api.test/api/places${path}`;

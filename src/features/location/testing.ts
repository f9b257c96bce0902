// Map tests: jsdom has no layout, so every element gets a size for Leaflet to ask for tiles.
import { afterAll, beforeAll } from 'vitest';

const size = { clientWidth: 400, clientHeight: 300 };

/** Gives every element a 400 × 300 layout for the tests of the calling file or describe block. */
export function layoutForLeaflet(): void {
  beforeAll(() => {
    for (const [key, value] of Object.entries(size))
      Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  });
  afterAll(() => {
    for (const key of Object.keys(size))
      delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
  });
}

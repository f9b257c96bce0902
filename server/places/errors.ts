// Why a place search or link could not be answered, as MileApp's envelope (failedCode `place-0NN`):
// the route sends it as it is, so the web app can show the message beside the search box.
import { failure, type Failure } from '../http/envelope';

export class PlaceError extends Error {
  override name = 'PlaceError';
  constructor(
    readonly status: number,
    readonly failedCode: string,
    message: string,
    /** seconds, for a Retry-After header */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
  get body(): Failure {
    return failure(this.message, this.failedCode);
  }
}

/** `1 second`, `5 seconds` */
export const seconds = (ms: number) => {
  const n = Math.max(1, Math.round(ms / 1000));
  return `${n} ${n === 1 ? 'second' : 'seconds'}`;
};

export const geocoderTimedOut = (timeoutMs: number) =>
  new PlaceError(504, 'place-010', `The geocoder did not answer within ${seconds(timeoutMs)}.`);
export const geocoderUnreachable = () =>
  new PlaceError(502, 'place-011', 'The geocoder could not be reached.');
export const geocoderUnreadable = () =>
  new PlaceError(502, 'place-012', 'The geocoder sent an answer that could not be read.');
export const geocoderBusy = (seconds: number) =>
  new PlaceError(
    503,
    'place-013',
    'Too many searches are waiting for the geocoder; try again in a moment.',
    Math.max(1, seconds),
  );

// Coordinates 0,0 are valid for the API but almost always a device that had no location, so the form
// sends them only once the person has said they are meant (docs/decisions/033-coordinates-zero.md).
import { isZeroZero, parseCoordinates } from '../../../flow/coordinates';
import type { FieldError } from '../../../flow/types';
import { fieldError } from '../../../flow/field-checks';
import type { FormModel } from './form-model';

/** The location fields (by form name) whose 0,0 the person confirmed. */
export interface ZeroConfirmations {
  has(name: string): boolean;
  set(name: string, confirmed: boolean): void;
  clear(): void;
}

export function createZeroConfirmations(): ZeroConfirmations {
  const confirmed = new Set<string>();
  return {
    has: (name) => confirmed.has(name),
    set: (name, yes) => void (yes ? confirmed.add(name) : confirmed.delete(name)),
    clear: () => confirmed.clear(),
  };
}

/** An error for each location field of `body` that is 0,0 without the person's confirmation. */
export function unconfirmedZeros(
  model: FormModel,
  body: Record<string, unknown>,
  confirmations: ZeroConfirmations,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const f of model.flow.fields) {
    if (f.kind !== 'geolocation' || !Object.hasOwn(body, f.id)) continue;
    const value = body[f.id];
    const point = typeof value === 'string' ? parseCoordinates(value) : null;
    const name = model.nameOf(f.id);
    if (point && isZeroZero(point) && name !== undefined && !confirmations.has(name))
      errors.push(fieldError(f, 'task-012', 'coordinatesZero'));
  }
  return errors;
}

// Field errors as a tiny external store keyed by form name. One react-hook-form subscription for the whole
// form instead of a `useFormState` per field: mounting a 300-field flow no longer builds 300 form-state
// proxies and subscriptions (docs/performance.md), and an error change re-renders only its own field.
import { useSyncExternalStore } from 'react';
import { get, type FieldErrors, type UseFormSubscribe } from 'react-hook-form';
import type { FormShape } from './form-model';

/** An error as react-hook-form keeps it: `{ type, message }`. */
export type FormError = { type?: unknown; message?: unknown } | undefined;

export interface ErrorStore {
  /** the current error of one form name (`v.f3`, `hubId`) */
  errorOf(name: string): FormError;
  /** a stable subscribe function for one name, as useSyncExternalStore wants it */
  subscriberOf(name: string): (listener: () => void) => () => void;
  /** listens to react-hook-form's errors; returns the unsubscribe */
  connect(subscribe: UseFormSubscribe<FormShape>): () => void;
}

export function createErrorStore(): ErrorStore {
  let errors: FieldErrors<FormShape> = {};
  const listeners = new Map<string, Set<() => void>>();
  // The error each listened name had when its listeners were last told: react-hook-form changes its
  // errors object in place (setError, clearErrors), so the previous errors object cannot be compared.
  const told = new Map<string, FormError>();
  const subscribers = new Map<string, (listener: () => void) => () => void>();
  const errorOf = (name: string): FormError => get(errors, name) as FormError;

  const changed = (next: FieldErrors<FormShape>) => {
    errors = next;
    for (const [name, set] of listeners) {
      const now = errorOf(name);
      if (now === told.get(name)) continue;
      told.set(name, now);
      for (const l of set) l();
    }
  };

  return {
    errorOf,
    subscriberOf(name) {
      let subscribe = subscribers.get(name);
      if (!subscribe) {
        subscribe = (listener) => {
          let set = listeners.get(name);
          if (!set) {
            set = new Set();
            listeners.set(name, set);
            told.set(name, errorOf(name));
          }
          set.add(listener);
          return () => {
            set.delete(listener);
            if (set.size === 0) {
              listeners.delete(name);
              told.delete(name);
            }
          };
        };
        subscribers.set(name, subscribe);
      }
      return subscribe;
    },
    connect(subscribe) {
      return subscribe({ formState: { errors: true }, callback: (state) => changed(state.errors ?? {}) });
    },
  };
}

/** The react-hook-form error of one name; re-renders only when that error changes. */
export function useFormError(store: ErrorStore, name: string): FormError {
  return useSyncExternalStore(store.subscriberOf(name), () => store.errorOf(name));
}

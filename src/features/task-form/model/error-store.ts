// Field errors as a tiny external store. One react-hook-form subscription for the whole form instead of a
// `useFormState` per field: mounting a 300-field flow no longer builds 300 form-state proxies and
// subscriptions (docs/performance.md). The field list listens to every change and hands each memoised
// field its own error, so a change re-renders only the fields whose error changed; a few other
// controls (the times, a unit select) listen to their one name.
import { useSyncExternalStore } from 'react';
import { get, type FieldErrors, type UseFormSubscribe } from 'react-hook-form';
import type { FormShape } from './form-model';

/** An error as react-hook-form keeps it: `{ type, message }`. */
export type FormError = { type?: unknown; message?: unknown } | undefined;

export interface ErrorStore {
  /** the current error of one form name (`v.f3`, `hubId`) */
  errorOf(name: string): FormError;
  /** listens to every change of the errors */
  subscribe(listener: () => void): () => void;
  /** changes with every change of the errors: the snapshot useSyncExternalStore compares */
  version(): number;
  /** a stable subscribe function for one name, as useSyncExternalStore wants it */
  subscriberOf(name: string): (listener: () => void) => () => void;
  /** listens to react-hook-form's errors; returns the unsubscribe */
  connect(subscribe: UseFormSubscribe<FormShape>): () => void;
}

export function createErrorStore(): ErrorStore {
  let errors: FieldErrors<FormShape> = {};
  let version = 0;
  const all = new Set<() => void>();
  const listeners = new Map<string, Set<() => void>>();
  // The error each listened name had when its listeners were last told: react-hook-form changes its
  // errors object in place (setError, clearErrors), so the previous errors object cannot be compared.
  const told = new Map<string, FormError>();
  const subscribers = new Map<string, (listener: () => void) => () => void>();
  const errorOf = (name: string): FormError => get(errors, name) as FormError;

  const changed = (next: FieldErrors<FormShape>) => {
    errors = next;
    version++;
    for (const l of all) l();
    for (const [name, set] of listeners) {
      const now = errorOf(name);
      if (now === told.get(name)) continue;
      told.set(name, now);
      for (const l of set) l();
    }
  };

  return {
    errorOf,
    subscribe(listener) {
      all.add(listener);
      return () => all.delete(listener);
    },
    version: () => version,
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
